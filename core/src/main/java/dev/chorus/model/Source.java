package dev.chorus.model;

import java.util.Objects;

/**
 * One input item as the read stage found it, before any extraction.
 *
 * @param id       article id: the file name without its extensions, the record's {@code id}, or a content hash
 * @param origin   where it came from, for messages: a path, or {@code path:line} for a JSONL record
 * @param kind     how {@link #body} is to be interpreted
 * @param body     the raw HTML, the raw plain text, or the main text of a structured record
 * @param metadata what a structured record said about itself (all fields may be null); {@link Metadata#EMPTY} otherwise
 */
public record Source(String id, String origin, Kind kind, String body, Metadata metadata) {

    /** How a source's body is encoded. */
    public enum Kind {
        /** A whole HTML page; main content still has to be found. */
        HTML,
        /** Text scraped without markup; may still contain menus, captions and teasers. */
        TEXT,
        /** The main text of a structured record (news-please JSON): already separated from the page. */
        RECORD
    }

    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(body, "body");
        metadata = metadata == null ? Metadata.EMPTY : metadata;
    }
}
