package dev.chorus.app;

import dev.chorus.app.render.DigestRenderer;
import dev.chorus.model.Digest;
import dev.chorus.model.Story;
import dev.chorus.store.LuceneStoryStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code chorus story}: one stored story, as the digest shows a story. */
@Command(name = "story",
        mixinStandardHelpOptions = true,
        description = "Shows one stored story with its whole comparison, in the formats of digest (the JSON is "
                + "the digest's, with this one story).")
final class StoryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "A story id (from stories or search), or the id of one of its articles.")
    String id;

    @Mixin
    StoreOptions store;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    DigestRenderer.Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    @Override
    public Integer call() throws IOException {
        Story story;
        try (LuceneStoryStore open = store.openForReading()) {
            Optional<Story> found = open.story(id);
            if (found.isEmpty()) {
                found = open.storyOf(id).flatMap(open::story);
            }
            story = found.orElseThrow(() -> new Main.UserError("no story or article with id \"" + id + "\" in " + store.data));
        }
        Digest digest = new Digest(List.of(story), List.of());
        Output.write(out, spec.commandLine().getOut(), writer -> DigestRenderer.of(format).render(digest, writer));
        return Main.OK;
    }
}
