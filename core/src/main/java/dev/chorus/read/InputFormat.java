package dev.chorus.read;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The formats Chorus reads. A format is recognised by content first ({@link #sniff}: a WARC named
 * {@code .dat}, a feed named {@code .xml} and JSON named {@code .txt} are read as what they are), by file name
 * when the content says nothing clear; each may be compressed ({@link Compression}).
 */
public enum InputFormat {
    /** Plain text; the first line is the title when it looks like one. */
    TEXT(".txt"),
    /** An HTML page. */
    HTML(".html", ".htm", ".xhtml"),
    /** One article as a news-please style JSON object (or an array of them), or one Multi-News cluster. */
    JSON(".json"),
    /** One news-please style JSON object a line, or one Multi-News cluster ({@code documents}) a line. */
    JSONL(".jsonl", ".ndjson"),
    /** Web archive records (WARC 1.0/1.1), as crawlers such as Common Crawl News write them. */
    WARC(".warc"),
    /** An RSS 2.0 (or 0.9x/1.0) or Atom feed: one article a feed item. */
    FEED(".rss", ".atom", ".xml");

    private final String[] extensions;

    InputFormat(String... extensions) {
        this.extensions = extensions;
    }

    /**
     * A file name understood: its format (null when the name does not say), its compression, and the name without
     * those extensions, which becomes the article id of a one-article file.
     */
    public record Recognised(InputFormat format, Compression compression, String baseName) {
    }

    /** The format and compression of {@code fileName}, or empty when its name says neither. */
    public static Optional<Recognised> of(String fileName) {
        Compression compression = Compression.ofName(fileName);
        String name = Compression.strip(fileName);
        String lower = name.toLowerCase(Locale.ROOT);
        for (InputFormat format : values()) {
            for (String ext : format.extensions) {
                if (lower.endsWith(ext) && lower.length() > ext.length()) {
                    return Optional.of(new Recognised(format, compression, name.substring(0, name.length() - ext.length())));
                }
            }
        }
        if (compression != Compression.NONE) {
            return Optional.of(new Recognised(null, compression, baseName(name)));
        }
        return Optional.empty();
    }

    /** {@code name} up to its first dot after the first character: the id of a file of unknown type. */
    static String baseName(String name) {
        int dot = name.indexOf('.', 1);
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /**
     * The format the first bytes of a (decompressed) input show, or empty when they show none clearly. JSON is
     * returned as {@link #JSON} whether it is one document or one value a line; {@link #jsonLines} tells which.
     */
    static Optional<InputFormat> sniff(byte[] head, int n) {
        int start = skipBomAndSpace(head, n);
        if (start >= n) {
            return Optional.empty();
        }
        String text = new String(head, start, Math.min(n - start, 4096), StandardCharsets.ISO_8859_1);
        if (text.startsWith("WARC/")) {
            return Optional.of(WARC);
        }
        char first = text.charAt(0);
        if (first == '{' || first == '[') {
            // an article in plain text may begin with "[Updated]"; a JSON value goes on with a quote, brace or bracket
            String rest = text.substring(1).stripLeading();
            if (rest.isEmpty() || (first == '{' ? "\"}" : "{[]\"").indexOf(rest.charAt(0)) >= 0) {
                return Optional.of(JSON);
            }
            return Optional.empty();
        }
        if (first != '<') {
            return Optional.empty();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("<rss") || lower.contains("<rdf:rdf")
                || (lower.contains("<feed") && lower.contains("http://www.w3.org/2005/atom"))) {
            return Optional.of(FEED);
        }
        if (lower.contains("<!doctype html") || lower.contains("<html") || lower.contains("<head")
                || lower.contains("<body")) {
            return Optional.of(HTML);
        }
        return Optional.empty();
    }

    /**
     * For content that {@link #sniff} found to be JSON and whose name does not say: one value a line when the
     * first line holds an object that closes on it (a pretty-printed document spreads its first object over lines).
     */
    static boolean jsonLines(byte[] head, int n) {
        int start = skipBomAndSpace(head, n);
        int end = start;
        while (end < n && head[end] != '\n') {
            end++;
        }
        String firstLine = new String(head, start, end - start, StandardCharsets.UTF_8).strip();
        return firstLine.startsWith("{") && firstLine.endsWith("}") && firstLine.length() > 1
                && (end < n || n < head.length);
    }

    private static int skipBomAndSpace(byte[] head, int n) {
        int i = 0;
        if (n >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
            i = 3;
        }
        while (i < n && (head[i] == ' ' || head[i] == '\n' || head[i] == '\r' || head[i] == '\t')) {
            i++;
        }
        return i;
    }
}
