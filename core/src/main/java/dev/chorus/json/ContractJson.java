package dev.chorus.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.chorus.model.Article;
import dev.chorus.model.Metadata;
import dev.chorus.model.Problem;
import dev.chorus.model.Story;
import dev.chorus.store.StoryStore;

import java.io.IOException;
import java.util.List;

/** Writes the values of the JSON contract to a streaming generator; field names and order are the contract's. */
public final class ContractJson {

    private ContractJson() {
    }

    /** One story with its articles and whole analysis, as an element of the digest's {@code stories}. */
    public static void story(Story story, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", story.id());
        json.writeStringField("headline", story.headline());
        json.writeStringField("date", story.date() == null ? null : story.date().toString());
        json.writeArrayFieldStart("articles");
        for (Article article : story.articles()) {
            article(article, json, true);
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

    /**
     * An article with the contract's fields; {@code crawled} only when known.
     *
     * @param withAuthors also write {@code authors} (part of the extract format; extra in the digest)
     */
    public static void article(Article article, JsonGenerator json, boolean withAuthors) throws IOException {
        Metadata m = article.metadata();
        json.writeStartObject();
        json.writeStringField("id", article.id());
        json.writeStringField("title", m.title());
        if (withAuthors) {
            strings(json, "authors", m.authors());
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
        strings(json, "captions", article.captions());
        strings(json, "removed", article.removed());
        json.writeEndObject();
    }

    /** What a story list shows of a story: {@code id, headline, date, articles (a count), outlets, lead}. */
    public static void card(StoryStore.StoryCard card, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", card.id());
        json.writeStringField("headline", card.headline());
        json.writeStringField("date", card.date() == null ? null : card.date().toString());
        json.writeNumberField("articles", card.articleCount());
        strings(json, "outlets", card.outlets());
        json.writeStringField("lead", card.lead());
        json.writeEndObject();
    }

    /** A search result: {@code total}, {@code hits} (story card, article, title, snippet, score) and {@code facets}. */
    public static void search(StoryStore.SearchResult result, JsonGenerator json) throws IOException {
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
            json.writeNumberField("score", Math.round(hit.score() * 1000) / 1000.0);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeObjectFieldStart("facets");
        for (String facet : List.of("outlet", "entity", "language")) {
            json.writeArrayFieldStart(facet);
            for (StoryStore.FacetCount count : result.facets().getOrDefault(facet, List.of())) {
                json.writeStartObject();
                json.writeStringField("value", count.value());
                json.writeNumberField("count", count.count());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    /** The {@code problems} field of every JSON output: one object per input problem. */
    public static void problems(List<Problem> problems, JsonGenerator json) throws IOException {
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

    /** A field holding an array of strings. */
    public static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
