package dev.chorus.app.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.chorus.json.ContractJson;
import dev.chorus.model.Article;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** The JSON form of an article, shared by {@code chorus extract} and the digest's {@code articles}. */
public final class ArticleJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private ArticleJson() {
    }

    /** One compact JSON object, as {@code chorus extract --format jsonl} prints it. */
    public static String line(Article article) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            ContractJson.article(article, json, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
