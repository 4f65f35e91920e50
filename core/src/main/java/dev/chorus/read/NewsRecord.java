package dev.chorus.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chorus.model.Metadata;
import dev.chorus.model.Source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps one news-please style JSON object to a {@link Source}. Field names follow news-please
 * ({@code title, maintext, date_publish, source_domain, url, language, authors, description}); a few common
 * alternatives ({@code text}, {@code body}, {@code date}, {@code outlet}) are accepted as well.
 */
final class NewsRecord {

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private NewsRecord() {
    }

    /**
     * The source for {@code node}, or an error message saying why it cannot be one.
     *
     * @param fallbackId id to use when the record has none; null to use a hash of the text
     */
    static Result toSource(JsonNode node, String origin, String fallbackId) {
        if (!node.isObject()) {
            return Result.error("expected a JSON object, found " + kind(node));
        }
        String text = firstText(node, "maintext", "text", "body", "content", "articleBody");
        if (text == null || text.isBlank()) {
            return Result.error("record has no text (expected a non-empty \"maintext\" or \"text\" field)");
        }
        String id = firstText(node, "id", "_id", "article_id");
        if (id == null || id.isBlank()) {
            id = fallbackId != null ? fallbackId : contentHash(text);
        }
        Metadata metadata = new Metadata(
                firstText(node, "title", "headline"),
                authors(node),
                date(firstText(node, "date_publish", "published", "date", "datePublished")),
                firstText(node, "outlet", "source_name", "source_domain", "source", "site_name"),
                firstText(node, "language", "lang"),
                firstText(node, "url", "canonical_url"),
                firstText(node, "description", "summary"),
                firstText(node, "image_url", "image"));
        return new Result(new Source(id.strip(), origin, Source.Kind.RECORD, text, metadata), null);
    }

    /** A record turned into a source, or the reason it could not be. */
    record Result(Source source, String error) {
        static Result error(String message) {
            return new Result(null, message);
        }
    }

    /** First 12 hex digits of the SHA-256 of {@code text}: stable across runs and machines. */
    static String contentHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    private static String firstText(JsonNode node, String... names) {
        for (String name : names) {
            JsonNode value = node.get(name);
            if (value != null && value.isValueNode() && !value.isNull()) {
                String s = value.asText();
                if (!s.isBlank()) {
                    return s.strip();
                }
            }
        }
        return null;
    }

    private static List<String> authors(JsonNode node) {
        JsonNode value = node.has("authors") ? node.get("authors") : node.get("author");
        List<String> out = new ArrayList<>();
        if (value == null || value.isNull()) {
            return out;
        }
        if (value.isArray()) {
            value.forEach(a -> {
                if (a.isValueNode() && !a.asText().isBlank()) {
                    out.add(a.asText().strip());
                }
            });
        } else if (value.isValueNode() && !value.asText().isBlank()) {
            out.add(value.asText().strip());
        }
        return out;
    }

    private static LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = ISO_DATE.matcher(value);
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.parse(m.group());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String kind(JsonNode node) {
        return Optional.ofNullable(node.getNodeType()).map(t -> t.name().toLowerCase()).orElse("nothing");
    }
}
