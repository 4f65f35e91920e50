package dev.chorus.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.chorus.model.Article;
import dev.chorus.model.Problem;
import dev.chorus.model.Story;
import dev.chorus.store.StoryStore;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The API's JSON bodies. A story is written with the fields of the digest's JSON contract (README.md), so a
 * client reads {@code GET /api/v1/stories/{id}} as one element of {@code chorus digest --format json}'s
 * {@code stories}; {@code dev.chorus.app} tests that the two stay the same.
 */
final class Json {

    private static final JsonFactory FACTORY = new JsonFactory();

    /** Writes one JSON value. */
    interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    private Json() {
    }

    static byte[] bytes(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            body.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] error(int status, String message) {
        return bytes(json -> {
            json.writeStartObject();
            json.writeObjectFieldStart("error");
            json.writeNumberField("status", status);
            json.writeStringField("message", message);
            json.writeEndObject();
            json.writeEndObject();
        });
    }

    static void story(Story story, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", story.id());
        json.writeStringField("headline", story.headline());
        json.writeStringField("date", story.date() == null ? null : story.date().toString());
        json.writeArrayFieldStart("articles");
        for (Article article : story.articles()) {
            article(article, json);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("summary");
        for (Story.SummarySentence s : story.summary()) {
            json.writeStartObject();
            json.writeStringField("text", s.text());
            strings(json, "articles", s.articles());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("claims");
        for (Story.Claim c : story.claims()) {
            json.writeStartObject();
            json.writeStringField("id", c.id());
            json.writeStringField("text", c.text());
            strings(json, "articles", c.articles());
            json.writeBooleanField("unique", c.unique());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("quotes");
        for (Story.Quote q : story.quotes()) {
            json.writeStartObject();
            json.writeStringField("speaker", q.speaker());
            json.writeStringField("text", q.text());
            strings(json, "articles", q.articles());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("entities");
        for (Story.Entity e : story.entities()) {
            json.writeStartObject();
            json.writeStringField("name", e.name());
            json.writeStringField("type", e.type().name());
            strings(json, "aliases", e.aliases());
            strings(json, "articles", e.articles());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("conflicts");
        for (Story.Conflict c : story.conflicts()) {
            json.writeStartObject();
            json.writeStringField("about", c.about());
            json.writeArrayFieldStart("variants");
            for (Story.Variant v : c.variants()) {
                json.writeStartObject();
                json.writeStringField("value", v.value());
                strings(json, "articles", v.articles());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("copies");
        for (Story.Copy c : story.copies()) {
            json.writeStartObject();
            json.writeStringField("a", c.a());
            json.writeStringField("b", c.b());
            json.writeNumberField("shared", c.shared());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** An article with the fields of {@code chorus extract --format jsonl}. */
    static void article(Article article, JsonGenerator json) throws IOException {
        var m = article.metadata();
        json.writeStartObject();
        json.writeStringField("id", article.id());
        json.writeStringField("title", m.title());
        strings(json, "authors", m.authors());
        json.writeStringField("published", m.published() == null ? null : m.published().toString());
        json.writeStringField("outlet", m.outlet());
        json.writeStringField("language", m.language());
        json.writeStringField("url", m.url());
        json.writeStringField("text", article.text());
        strings(json, "captions", article.captions());
        strings(json, "removed", article.removed());
        json.writeEndObject();
    }

    static void card(StoryStore.StoryCard card, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", card.id());
        json.writeStringField("headline", card.headline());
        json.writeStringField("date", card.date() == null ? null : card.date().toString());
        json.writeNumberField("articles", card.articleCount());
        strings(json, "outlets", card.outlets());
        json.writeStringField("lead", card.lead());
        json.writeEndObject();
    }

    static void search(StoryStore.SearchResult result, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeNumberField("total", result.total());
        json.writeArrayFieldStart("hits");
        for (StoryStore.SearchHit hit : result.hits()) {
            json.writeStartObject();
            json.writeFieldName("story");
            card(hit.story(), json);
            json.writeStringField("article", hit.articleId());
            json.writeStringField("title", hit.articleTitle());
            json.writeStringField("snippet", hit.snippet());
            json.writeNumberField("score", hit.score());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeObjectFieldStart("facets");
        for (String name : List.of("outlet", "entity", "language")) {
            json.writeArrayFieldStart(name);
            for (StoryStore.FacetCount f : result.facets().getOrDefault(name, List.of())) {
                json.writeStartObject();
                json.writeStringField("value", f.value());
                json.writeNumberField("count", f.count());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    static void problems(List<Problem> problems, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("problems");
        for (Problem p : problems) {
            json.writeStartObject();
            json.writeStringField("origin", p.origin());
            json.writeStringField("reason", p.reason());
            json.writeBooleanField("rejected", p.rejected());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
