package dev.chorus.server;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * HTML building blocks. Every piece of text that comes from an article (or from a request) goes through
 * {@link #esc}, in text and in attributes alike, and links are made only by {@link #path} (ids percent-encoded)
 * or {@link #externalHref} (http and https only), so nothing an article says can become markup or script.
 */
final class Html {

    private Html() {
    }

    /** {@code text} escaped for an HTML text node or a double- or single-quoted attribute; null gives "". */
    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /** {@code prefix} followed by {@code id} percent-encoded as one path segment (a '/' in an id included). */
    static String path(String prefix, String id) {
        return prefix + encode(id);
    }

    /** {@code value} percent-encoded as RFC 3986 unreserved characters and UTF-8 bytes. */
    static String encode(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return out.toString();
    }

    /**
     * {@code url} when it is an absolute http or https URL, else null: an article's {@code url} field may hold
     * {@code javascript:} or {@code data:}, which must never become a link.
     */
    static String externalHref(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(encodeIllegal(url.strip()));
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri.toASCIIString();
            }
        } catch (URISyntaxException e) {
            // not a URL: shown as text, not linked
        }
        return null;
    }

    /** Characters a URL may not hold literally (spaces, quotes, angle brackets...) percent-encoded; others kept. */
    private static String encodeIllegal(String url) {
        StringBuilder out = new StringBuilder(url.length());
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= ' ' || "\"<>\\^`{|}".indexOf(c) >= 0) {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4 & 15, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
