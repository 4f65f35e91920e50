package dev.chorus.app;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.chorus.json.ContractJson;
import dev.chorus.store.StoryStore;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Story lists and search results of {@code chorus stories} and {@code chorus search}, as text or JSON. The
 * JSON is a contract like the digest's (README.md): field names and types stable, fields may be added.
 */
final class StoreOutput {

    enum Format { text, json }

    private StoreOutput() {
    }

    static void stories(List<StoryStore.StoryCard> cards, StoryStore.Counts counts, Format format, Writer out)
            throws IOException {
        if (format == Format.text) {
            StringBuilder s = new StringBuilder();
            for (StoryStore.StoryCard card : cards) {
                card(s, card);
            }
            s.append(cards.size()).append(" of ").append(counts.stories()).append(" stories (")
                    .append(counts.articles()).append(" articles)\n");
            out.write(s.toString());
            out.flush();
            return;
        }
        JsonGenerator json = generator(out);
        json.writeStartObject();
        json.writeArrayFieldStart("stories");
        for (StoryStore.StoryCard card : cards) {
            ContractJson.card(card, json);
        }
        json.writeEndArray();
        json.writeNumberField("storyCount", counts.stories());
        json.writeNumberField("articleCount", counts.articles());
        json.writeEndObject();
        end(json, out);
    }

    static void search(StoryStore.SearchResult result, Format format, Writer out) throws IOException {
        if (format == Format.text) {
            StringBuilder s = new StringBuilder();
            for (StoryStore.SearchHit hit : result.hits()) {
                card(s, hit.story());
                s.append("    best match: ").append(hit.articleId());
                if (hit.articleTitle() != null) {
                    s.append(" \u2014 ").append(hit.articleTitle());
                }
                s.append('\n');
                s.append("    ").append(hit.snippet()).append("\n");
            }
            s.append(result.hits().size()).append(" of ").append(result.total()).append(" matching stories\n");
            for (Map.Entry<String, List<StoryStore.FacetCount>> facet : result.facets().entrySet()) {
                if (!facet.getValue().isEmpty()) {
                    s.append(facet.getKey()).append(": ");
                    s.append(String.join(", ", facet.getValue().stream().limit(8)
                            .map(f -> f.value() + " (" + f.count() + ")").toList()));
                    s.append('\n');
                }
            }
            out.write(s.toString());
            out.flush();
            return;
        }
        JsonGenerator json = generator(out);
        ContractJson.search(result, json);
        end(json, out);
    }

    private static void card(StringBuilder s, StoryStore.StoryCard card) {
        s.append(card.id()).append("  ").append(card.date() == null ? "undated   " : card.date().toString())
                .append("  ").append(card.articleCount()).append(card.articleCount() == 1 ? " article  " : " articles  ")
                .append(card.headline()).append('\n');
        if (!card.outlets().isEmpty()) {
            s.append("    ").append(String.join(", ", card.outlets())).append('\n');
        }
    }

    private static JsonGenerator generator(Writer out) throws IOException {
        JsonGenerator json = new JsonFactory().createGenerator(out);
        json.setPrettyPrinter(new DefaultPrettyPrinter());
        return json;
    }

    private static void end(JsonGenerator json, Writer out) throws IOException {
        json.flush();
        out.write('\n');
        out.flush();
    }
}
