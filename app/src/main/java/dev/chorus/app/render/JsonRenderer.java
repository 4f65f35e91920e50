package dev.chorus.app.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.chorus.model.Article;
import dev.chorus.model.Digest;
import dev.chorus.model.Story;

import java.io.IOException;
import java.io.Writer;

/** The JSON contract documented in README.md: field names and types are stable; fields may be added. */
public final class JsonRenderer implements DigestRenderer {

    @Override
    public void render(Digest digest, Writer out) throws IOException {
        JsonGenerator json = new JsonFactory().createGenerator(out);
        json.setPrettyPrinter(new DefaultPrettyPrinter());
        json.writeStartObject();
        json.writeArrayFieldStart("stories");
        for (Story story : digest.stories()) {
            story(story, json);
        }
        json.writeEndArray();
        ArticleJson.problems(json, digest.problems());
        json.writeEndObject();
        json.flush();
        out.write('\n');
        out.flush();
    }

    private static void story(Story story, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", story.id());
        json.writeStringField("headline", story.headline());
        json.writeStringField("date", story.date() == null ? null : story.date().toString());
        json.writeArrayFieldStart("articles");
        for (Article article : story.articles()) {
            ArticleJson.write(article, json, true);
        }
        json.writeEndArray();

        json.writeArrayFieldStart("summary");
        for (Story.SummarySentence s : story.summary()) {
            json.writeStartObject();
            json.writeStringField("text", s.text());
            ArticleJson.stringArray(json, "articles", s.articles());
            json.writeEndObject();
        }
        json.writeEndArray();

        json.writeArrayFieldStart("claims");
        for (Story.Claim c : story.claims()) {
            json.writeStartObject();
            json.writeStringField("id", c.id());
            json.writeStringField("text", c.text());
            ArticleJson.stringArray(json, "articles", c.articles());
            json.writeBooleanField("unique", c.unique());
            json.writeEndObject();
        }
        json.writeEndArray();

        json.writeArrayFieldStart("quotes");
        for (Story.Quote q : story.quotes()) {
            json.writeStartObject();
            json.writeStringField("speaker", q.speaker());
            json.writeStringField("text", q.text());
            ArticleJson.stringArray(json, "articles", q.articles());
            json.writeEndObject();
        }
        json.writeEndArray();

        json.writeArrayFieldStart("entities");
        for (Story.Entity e : story.entities()) {
            json.writeStartObject();
            json.writeStringField("name", e.name());
            json.writeStringField("type", e.type().name());
            ArticleJson.stringArray(json, "aliases", e.aliases());
            ArticleJson.stringArray(json, "articles", e.articles());
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
                ArticleJson.stringArray(json, "articles", v.articles());
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
}
