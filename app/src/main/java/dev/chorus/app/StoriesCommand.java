package dev.chorus.app;

import dev.chorus.store.LuceneStoryStore;
import dev.chorus.store.StoryStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code chorus stories}: the stored stories, newest or largest first. */
@Command(name = "stories",
        mixinStandardHelpOptions = true,
        description = "Lists the stories in the store: id, date, number of articles, headline and outlets.")
final class StoriesCommand implements Callable<Integer> {

    enum Order { newest, largest }

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--since", paramLabel = "DATE", converter = StoreOptions.DateConverter.class,
            description = "Only stories dated on or after DATE (YYYY-MM-DD); a story's date is its event's, "
                    + "else its latest article's.")
    LocalDate since;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
            description = "At most N stories (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--order", paramLabel = "ORDER", defaultValue = "newest",
            description = "${COMPLETION-CANDIDATES} first (default: ${DEFAULT-VALUE}).")
    Order order;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    StoreOutput.Format format;

    @Override
    public Integer call() throws IOException {
        if (limit < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--limit must not be negative");
        }
        try (LuceneStoryStore open = store.openForReading()) {
            List<StoryStore.StoryCard> cards = open.stories(new StoryStore.StoryListing(
                    order == Order.newest ? StoryStore.StoryListing.Order.NEWEST : StoryStore.StoryListing.Order.LARGEST,
                    since, 0, limit));
            StoryStore.Counts counts = open.counts();
            Output.write(null, spec.commandLine().getOut(), writer -> StoreOutput.stories(cards, counts, format, writer));
        }
        return Main.OK;
    }
}
