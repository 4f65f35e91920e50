package dev.chorus.server;

import dev.chorus.model.Article;
import dev.chorus.model.Digest;
import dev.chorus.model.Metadata;
import dev.chorus.model.Problem;
import dev.chorus.model.Story;
import dev.chorus.pipeline.DigestPipeline;
import dev.chorus.read.SourceReader;
import dev.chorus.store.DigestStore;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What the server tests serve: the bundled examples corpus, plus one story of hostile articles. */
final class Fixtures {

    /** The payloads the hostile articles carry; none may reach a page as markup. */
    static final String SCRIPT = "<script>document.title='pwned'</script>";
    static final String ATTRIBUTE = "\"><img src=x onerror=alert(1)>";
    static final String JS_URL = "javascript:alert(document.cookie)";

    static final String HOSTILE_STORY = "s-hostile";
    /** An id with a slash, as Multi-News clusters give (cluster/index): must work through %2F. */
    static final String HOSTILE_ARTICLE = "evil/0";

    private static Digest examples;

    private Fixtures() {
    }

    /** The digest of examples/ (no embeddings, so it is quick), computed once. */
    static synchronized Digest examples() {
        if (examples == null) {
            SourceReader.Result read = new SourceReader().readAll(List.of(repo().resolve("examples")));
            examples = new DigestPipeline(120).run(read.sources(), read.problems());
        }
        return examples;
    }

    /** The examples and the hostile story, as one store. */
    static DigestStore store() {
        List<Story> stories = new ArrayList<>(examples().stories());
        stories.add(hostileStory());
        return new DigestStore(new Digest(stories, List.<Problem>of()));
    }

    static Story hostileStory() {
        Article evil = new Article(HOSTILE_ARTICLE,
                new Metadata("Bridge " + SCRIPT + " title", List.of("A. Writer" + ATTRIBUTE), LocalDate.parse("2025-03-14"),
                        "Evil Outlet" + ATTRIBUTE, "en", JS_URL, "Standfirst " + SCRIPT, null),
                List.of("The footbridge collapse injured 14 people " + SCRIPT + ", officials said.",
                        "A second paragraph with " + ATTRIBUTE + " inside."),
                List.of("Photo " + ATTRIBUTE), List.of("Subscribe " + SCRIPT));
        Article other = new Article("evil-2",
                new Metadata("Second " + ATTRIBUTE, List.of(), LocalDate.parse("2025-03-15"), "Plain Outlet", "en",
                        "https://example.org/a?b=\"><script>x</script>", null, null),
                List.of("The footbridge collapse injured 12 people, officials said."), List.of(), List.of());
        return new Story(HOSTILE_STORY, "Headline " + SCRIPT, LocalDate.parse("2025-03-14"), List.of(evil, other),
                List.of(new Story.SummarySentence("Summary " + SCRIPT, List.of(HOSTILE_ARTICLE, "evil-2"))),
                List.of(new Story.Claim("c1", "The footbridge collapse injured 12 people " + ATTRIBUTE + " " + SCRIPT,
                        List.of("evil-2"), true)),
                List.of(new Story.Quote("Speaker " + ATTRIBUTE, "Quote " + SCRIPT, List.of(HOSTILE_ARTICLE))),
                List.of(new Story.Entity("Entity " + SCRIPT, Story.EntityType.ORG, List.of("Alias " + ATTRIBUTE),
                        List.of(HOSTILE_ARTICLE))),
                List.of(new Story.Conflict("how many " + SCRIPT, List.of(
                        new Story.Variant("12", List.of("evil-2")),
                        new Story.Variant("14 " + ATTRIBUTE, List.of(HOSTILE_ARTICLE))))),
                List.of(new Story.Copy(HOSTILE_ARTICLE, "evil-2", 0.5)));
    }

    /** The repository root: set by the build, else found from the working directory. */
    static Path repo() {
        String property = System.getProperty("chorus.repo");
        Path dir = property != null ? Path.of(property) : Path.of("").toAbsolutePath();
        while (dir != null && !dir.resolve("examples").toFile().isDirectory()) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("examples/ not found above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
