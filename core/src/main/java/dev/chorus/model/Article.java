package dev.chorus.model;

import java.util.List;
import java.util.Objects;

/**
 * A clean article: body text with boilerplate taken out, plus what was taken out, so nothing is lost silently.
 *
 * @param id         stable article id (see {@link Source#id()})
 * @param metadata   title, date, outlet and the rest
 * @param paragraphs clean body paragraphs in reading order, none blank
 * @param captions   image captions and photo credits found in or around the body
 * @param removed    boilerplate taken out of the body (menus, ads, teasers, metadata lines), in input order
 */
public record Article(String id, Metadata metadata, List<String> paragraphs, List<String> captions,
                      List<String> removed) {

    public Article {
        Objects.requireNonNull(id, "id");
        metadata = metadata == null ? Metadata.EMPTY : metadata;
        paragraphs = List.copyOf(paragraphs);
        captions = List.copyOf(captions);
        removed = List.copyOf(removed);
    }

    /** The body as one string, paragraphs separated by a blank line. */
    public String text() {
        return String.join("\n\n", paragraphs);
    }

    public Article withMetadata(Metadata newMetadata) {
        return new Article(id, newMetadata, paragraphs, captions, removed);
    }
}
