package dev.chorus.app;

import dev.chorus.fetch.FeedWatcher;
import dev.chorus.fetch.PoliteFetcher;
import dev.chorus.fetch.WatchState;
import dev.chorus.model.Problem;
import dev.chorus.pipeline.IngestPipeline;
import dev.chorus.read.RejectedLog;
import dev.chorus.store.LuceneStoryStore;
import dev.chorus.store.StoreException;
import dev.chorus.summarise.Summariser;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code chorus watch}: polls feeds and ingests the articles they link to, until stopped. */
@Command(name = "watch",
        mixinStandardHelpOptions = true,
        description = {
                "Polls RSS or Atom feeds and adds the articles they link to to the story store, as ingest does.",
                "Feeds are asked with conditional requests (ETag, If-Modified-Since); each new link is fetched "
                        + "once, politely: robots.txt is obeyed, requests to one host are paced, slow or huge "
                        + "responses are abandoned. A feed that is down or malformed is reported and tried again "
                        + "next round. What was taken in is remembered in watch.json in the store's directory, so "
                        + "a restarted watch goes on where it stopped; failures go to rejected.jsonl there."})
final class WatchCommand implements Callable<Integer> {

    static final String STATE_FILE = "watch.json";

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FEED_URL", description = "Addresses (http or https) of RSS or Atom feeds.")
    List<String> feeds;

    @Mixin
    StoreOptions store;

    @Mixin
    ClusteringOptions clustering;

    @Option(names = "--every", paramLabel = "DURATION", defaultValue = "10m", converter = DurationConverter.class,
            description = "Time between two polls of the feeds, e.g. 90s, 10m, 1h (default: ${DEFAULT-VALUE}).")
    Duration every;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "0",
            description = "Stop after N polls (default: 0, never; stop with Ctrl-C).")
    int rounds;

    @Option(names = "--pause", paramLabel = "DURATION", defaultValue = "2s", converter = DurationConverter.class,
            description = "Least time between two requests to one host; a longer Crawl-delay in robots.txt wins "
                    + "(default: ${DEFAULT-VALUE}).")
    Duration pause;

    @Option(names = "--words", paramLabel = "N", defaultValue = "" + Summariser.DEFAULT_WORDS,
            description = "About how many words each story summary has (default: ${DEFAULT-VALUE}).")
    int words;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        if (rounds < 0 || words < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--rounds must not be negative, --words at least 1");
        }
        List<URI> addresses = addresses();
        WatchState state;
        try {
            state = WatchState.load(store.data.resolve(STATE_FILE));
        } catch (IOException e) {
            throw new Main.UserError(e.getMessage());
        }
        try (LuceneStoryStore open = store.openForWriting(); ClusteringOptions model = clustering;
             RejectedLog rejected = RejectedLog.open(store.data.resolve(IngestCommand.REJECTED_LOG))) {
            IngestPipeline pipeline = new IngestPipeline(open, clustering.clusterer(), clustering.sentenceEmbedder(), words, IngestPipeline.DEFAULT_BATCH);
            FeedWatcher watcher = new FeedWatcher(new PoliteFetcher(PoliteFetcher.DEFAULTS.withPause(pause)), state);
            Consumer<Problem> problems = p -> {
                Problems.print(err, p);
                if (p.rejected()) {
                    rejected.write(p, null);
                }
            };
            int[] batches = {0};
            for (int round = 1; rounds == 0 || round <= rounds; round++) {
                long[] stored = {0};
                FeedWatcher.Round result = watcher.poll(addresses, articles -> {
                    try {
                        stored[0] += pipeline.ingestBatch(articles, problems, ++batches[0]).counts().stored();
                    } catch (StoreException e) {
                        throw new IOException(e.getMessage(), e);
                    }
                }, problems);
                out.printf(Locale.ROOT, "round %d: %d feeds (%d unchanged, %d failed), %d articles fetched (%d failed), "
                                + "%d stored; %s holds %d articles%n", round, result.feeds(), result.unchanged(),
                        result.failedFeeds(), result.fetched(), result.failedArticles(), stored[0], store.data,
                        open.counts().articles());
                out.flush();
                if (rounds == 0 || round < rounds) {
                    Thread.sleep(every);
                }
            }
        } catch (StoreException e) {
            throw new Main.UserError(e.getMessage());
        }
        return Main.OK;
    }

    private List<URI> addresses() {
        List<URI> out = new ArrayList<>();
        for (String feed : feeds) {
            try {
                URI uri = new URI(feed.strip());
                if (uri.getScheme() == null || uri.getHost() == null
                        || !(uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"))) {
                    throw new java.net.URISyntaxException(feed, "not an http(s) address");
                }
                out.add(uri);
            } catch (java.net.URISyntaxException e) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "'" + feed + "' is not a feed address (expected http:// or https://...)");
            }
        }
        return out;
    }

    /** Reads durations written as a number and a unit: 500ms, 90s, 10m, 1h. */
    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        private static final Pattern FORM = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");

        @Override
        public Duration convert(String value) {
            Matcher m = FORM.matcher(value.strip().toLowerCase(Locale.ROOT));
            if (!m.matches()) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a duration (e.g. 90s, 10m, 1h)");
            }
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                default -> Duration.ofHours(n);
            };
        }
    }
}
