package dev.chorus.app.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.chorus.model.Article;
import dev.chorus.model.Metadata;
import dev.chorus.model.Problem;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** The JSON form of an article, shared by {@code chorus extract} and the digest's {@code articles}. */
public final class ArticleJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private ArticleJson() {
    }

    /** One compact JSON object, as {@code chorus extract --format jsonl} prints it. */
    public static String line(Article article) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            write(article, json, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Writes {@code article} as an object with the contract's fields.
     *
     * @param withAuthors also write {@code authors} (part of the extract format; extra in the digest)
     */
    static void write(Article article, JsonGenerator json, boolean withAuthors) throws IOException {
        Metadata m = article.metadata();
        json.writeStartObject();
        json.writeStringField("id", article.id());
        json.writeStringField("title", m.title());
        if (withAuthors) {
            stringArray(json, "authors", m.authors());
        }
        json.writeStringField("published", m.published() == null ? null : m.published().toString());
        json.writeStringField("outlet", m.outlet());
        json.writeStringField("language", m.language());
        json.writeStringField("url", m.url());
        if (m.crawled() != null) {
            // only crawled inputs (WARC, news-please's date_download) have one; other output stays as it was
            json.writeStringField("crawled", m.crawled().toString());
        }
        json.writeStringField("text", article.text());
        stringArray(json, "captions", article.captions());
        stringArray(json, "removed", article.removed());
        json.writeEndObject();
    }

    static void stringArray(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    /** The {@code problems} field of every JSON output: one object per input problem. */
    static void problems(JsonGenerator json, List<Problem> problems) throws IOException {
        json.writeArrayFieldStart("problems");
        for (Problem problem : problems) {
            json.writeStartObject();
            json.writeStringField("origin", problem.origin());
            json.writeStringField("reason", problem.reason());
            json.writeBooleanField("rejected", problem.rejected());
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
