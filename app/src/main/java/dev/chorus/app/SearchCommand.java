package dev.chorus.app;

import dev.chorus.store.LuceneStoryStore;
import dev.chorus.store.StoryStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.time.LocalDate;
import java.util.concurrent.Callable;

/** {@code chorus search}: stories whose articles match words, with filters and facet counts. */
@Command(name = "search",
        mixinStandardHelpOptions = true,
        description = {"Finds the stored stories whose articles match QUERY (in title or text), best first, each "
                + "with its best-matching article and an extract, then the commonest outlets, entities and "
                + "languages among all matching articles.",
                "Every word of QUERY must occur (case aside); \"quoted words\" must occur together, as a phrase. "
                        + "Filters ignore case."})
final class SearchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "QUERY", description = "Words to find; \"\" finds every article that passes the filters.")
    String query;

    @Mixin
    StoreOptions store;

    @Option(names = "--outlet", paramLabel = "NAME", description = "Only articles from this outlet.")
    String outlet;

    @Option(names = "--entity", paramLabel = "NAME", description = "Only articles naming this person, organisation or place (as the story's entities list it).")
    String entity;

    @Option(names = "--language", paramLabel = "CODE", description = "Only articles in this language (ISO 639-1, e.g. en).")
    String language;

    @Option(names = "--from", paramLabel = "DATE", converter = StoreOptions.DateConverter.class,
            description = "Only articles published on or after DATE (YYYY-MM-DD).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", converter = StoreOptions.DateConverter.class,
            description = "Only articles published on or before DATE (YYYY-MM-DD).")
    LocalDate to;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10",
            description = "At most N stories (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    StoreOutput.Format format;

    @Override
    public Integer call() throws IOException {
        if (limit < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--limit must not be negative");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--from " + from + " is after --to " + to);
        }
        try (LuceneStoryStore open = store.openForReading()) {
            StoryStore.SearchResult result = open.search(new StoryStore.SearchQuery(query, outlet, entity, language,
                    from, to, 0, limit));
            Output.write(null, spec.commandLine().getOut(), writer -> StoreOutput.search(result, format, writer));
        }
        return Main.OK;
    }
}
