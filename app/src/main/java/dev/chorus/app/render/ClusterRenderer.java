package dev.chorus.app.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.chorus.json.ContractJson;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.chorus.dedup.DuplicateGroup;
import dev.chorus.model.Article;
import dev.chorus.model.StoryOutline;
import dev.chorus.pipeline.ClusterPipeline;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * Writes the result of {@code chorus cluster}: JSON as README.md's contract says, or one readable block a story.
 * Both list article ids rather than texts, so that the output of a large run stays small.
 */
public final class ClusterRenderer {

    /** The formats of {@code chorus cluster --format}. */
    public enum Format { json, text }

    private ClusterRenderer() {
    }

    public static void render(ClusterPipeline.Result result, Format format, Writer out) throws IOException {
        switch (format) {
            case json -> json(result, out);
            case text -> text(result, out);
        }
        out.flush();
    }

    private static void json(ClusterPipeline.Result result, Writer out) throws IOException {
        JsonGenerator json = new JsonFactory().createGenerator(out);
        json.setPrettyPrinter(new DefaultPrettyPrinter());
        json.writeStartObject();
        json.writeArrayFieldStart("stories");
        for (StoryOutline story : result.stories()) {
            json.writeStartObject();
            json.writeStringField("id", story.id());
            json.writeStringField("headline", story.headline());
            ContractJson.strings(json, "articles", story.articles().stream().map(Article::id).toList());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("duplicates");
        for (DuplicateGroup group : result.duplicates()) {
            json.writeStartObject();
            json.writeStringField("kind", group.kind().name().toLowerCase(Locale.ROOT));
            json.writeStringField("origin", group.origin());
            ContractJson.strings(json, "articles", group.members());
            json.writeEndObject();
        }
        json.writeEndArray();
        ContractJson.problems(result.problems(), json);
        json.writeEndObject();
        json.flush();
        out.write('\n');
    }

    private static void text(ClusterPipeline.Result result, Writer out) throws IOException {
        int n = 0;
        int total = result.stories().size();
        for (StoryOutline story : result.stories()) {
            n++;
            int size = story.articles().size();
            out.write("Story " + n + " of " + total + " · " + size + (size == 1 ? " article" : " articles")
                    + " · " + story.id() + "\n");
            out.write(story.headline() + "\n");
            for (Article article : story.articles()) {
                out.write("  - " + article.id() + describe(article) + "\n");
            }
            out.write("\n");
        }
        if (!result.duplicates().isEmpty()) {
            int groups = result.duplicates().size();
            out.write("Copies (" + groups + (groups == 1 ? " group" : " groups") + ")\n");
            for (DuplicateGroup group : result.duplicates()) {
                String copies = String.join(", ", group.members().stream().filter(id -> !id.equals(group.origin())).toList());
                out.write("  " + group.kind().name().toLowerCase(Locale.ROOT) + ": " + copies + " copy " + group.origin() + "\n");
            }
        }
    }

    /** " (outlet, date): title", leaving out what is unknown. */
    private static String describe(Article article) {
        var m = article.metadata();
        String where = String.join(", ", java.util.stream.Stream.of(m.outlet(), m.published() == null ? null : m.published().toString())
                .filter(java.util.Objects::nonNull).toList());
        return (where.isEmpty() ? "" : " (" + where + ")") + (m.title() == null ? "" : ": " + m.title());
    }
}
