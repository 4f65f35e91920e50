package dev.chorus.app.render;

import dev.chorus.model.Digest;

import java.io.IOException;
import java.io.Writer;

/** Writes a {@link Digest} in one output format. */
public interface DigestRenderer {

    /** The formats of {@code chorus digest --format}. */
    enum Format { text, json, html }

    void render(Digest digest, Writer out) throws IOException;

    static DigestRenderer of(Format format) {
        return switch (format) {
            case text -> new TextRenderer();
            case json -> new JsonRenderer();
            case html -> new HtmlRenderer();
        };
    }
}
