package dev.chorus.read;

import java.util.Locale;
import java.util.Optional;

/**
 * The file formats Chorus reads, recognised by file name: each may also be gzip-compressed ({@code .gz}).
 */
public enum InputFormat {
    /** Plain text; the first line is the title when it looks like one. */
    TEXT(".txt"),
    /** An HTML page. */
    HTML(".html", ".htm"),
    /** One article as a news-please style JSON object (or an array of them), or one Multi-News cluster. */
    JSON(".json"),
    /** One news-please style JSON object a line, or one Multi-News cluster ({@code documents}) a line. */
    JSONL(".jsonl", ".ndjson");

    private final String[] extensions;

    InputFormat(String... extensions) {
        this.extensions = extensions;
    }

    /** A file name understood: its format, whether it is gzipped, and the name without those extensions. */
    public record Recognised(InputFormat format, boolean gzipped, String baseName) {
    }

    /** The format of {@code fileName}, or empty when Chorus does not read that kind of file. */
    public static Optional<Recognised> of(String fileName) {
        String name = fileName;
        boolean gzipped = false;
        if (name.toLowerCase(Locale.ROOT).endsWith(".gz")) {
            gzipped = true;
            name = name.substring(0, name.length() - 3);
        }
        String lower = name.toLowerCase(Locale.ROOT);
        for (InputFormat format : values()) {
            for (String ext : format.extensions) {
                if (lower.endsWith(ext) && lower.length() > ext.length()) {
                    return Optional.of(new Recognised(format, gzipped, name.substring(0, name.length() - ext.length())));
                }
            }
        }
        return Optional.empty();
    }
}
