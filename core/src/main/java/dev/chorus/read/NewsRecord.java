package dev.chorus.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chorus.model.Metadata;
import dev.chorus.model.Source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Maps one news-please style JSON object to a {@link Source}. Field names follow news-please
 * ({@code title, maintext, date_publish, date_download, source_domain, url, language, authors, description});
 * the common alternatives of other crawlers and APIs (NewsAPI, schema.org, GDELT-style dumps) are accepted as
 * well, first found wins:
 * <ul>
 *   <li>text: {@code maintext, text, body, content, articleBody, article, full_text}</li>
 *   <li>published: {@code date_publish, published, published_at, publishedAt, pubDate, datePublished,
 *       date_published, publish_date, date}</li>
 *   <li>crawled: {@code date_download, crawled, crawled_at, crawl_date} (never taken as the published date)</li>
 *   <li>outlet: {@code outlet, source_name, source_domain, source, site_name, publisher}, or the {@code name} of a
 *       {@code source} or {@code publisher} object</li>
 *   <li>url: {@code url, canonical_url, link}; title: {@code title, headline}; description:
 *       {@code description, summary}; authors: {@code authors, author, byline} (a string, a list, or objects
 *       with a {@code name})</li>
 * </ul>
 */
final class NewsRecord {

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
        String text = firstText(node, "maintext", "text", "body", "content", "articleBody", "article", "full_text");
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
                Dates.parse(firstText(node, "date_publish", "published", "published_at", "publishedAt", "pubDate",
                        "datePublished", "date_published", "publish_date", "date")),
                outlet(node),
                firstText(node, "language", "lang"),
                firstText(node, "url", "canonical_url", "link"),
                firstText(node, "description", "summary"),
                firstText(node, "image_url", "image", "urlToImage"),
                Dates.parse(firstText(node, "date_download", "crawled", "crawled_at", "crawl_date")));
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

    private static String outlet(JsonNode node) {
        String name = firstText(node, "outlet", "source_name", "source_domain", "source", "site_name", "publisher");
        if (name != null) {
            return name;
        }
        for (String field : List.of("source", "publisher")) {
            JsonNode object = node.get(field);
            if (object != null && object.isObject()) {
                String named = firstText(object, "name", "domain");
                if (named != null) {
                    return named;
                }
            }
        }
        return null;
    }

    private static List<String> authors(JsonNode node) {
        JsonNode value = null;
        for (String field : List.of("authors", "author", "byline")) {
            if (node.hasNonNull(field)) {
                value = node.get(field);
                break;
            }
        }
        List<String> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        if (value.isArray()) {
            value.forEach(a -> addAuthor(a, out));
        } else {
            addAuthor(value, out);
        }
        return out;
    }

    private static void addAuthor(JsonNode a, List<String> out) {
        JsonNode name = a.isObject() ? a.get("name") : a;
        if (name != null && name.isValueNode() && !name.asText().isBlank()) {
            out.add(name.asText().strip());
        }
    }

    private static String kind(JsonNode node) {
        return Optional.ofNullable(node.getNodeType()).map(t -> t.name().toLowerCase()).orElse("nothing");
    }
}
