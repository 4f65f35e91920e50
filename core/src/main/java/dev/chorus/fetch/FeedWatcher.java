package dev.chorus.fetch;

import dev.chorus.model.Metadata;
import dev.chorus.model.Problem;
import dev.chorus.model.Source;
import dev.chorus.read.DecodedText;
import dev.chorus.read.FeedParser;
import dev.chorus.read.TextDecoder;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * One polling round over a list of feeds: each feed is fetched with a conditional request; the articles it
 * links to that were not taken in before are fetched politely and handed to a sink as HTML sources; the state
 * is saved after each feed. A feed that is down, slow or malformed is reported and skipped; the next round
 * tries it again.
 */
public final class FeedWatcher {

    /** Where fetched articles go; the watcher remembers their links only once this returns. */
    @FunctionalInterface
    public interface ArticleSink {
        void accept(List<Source> articles) throws IOException;
    }

    /** What one round did. */
    public record Round(int feeds, int unchanged, int failedFeeds, int fetched, int failedArticles) {
    }

    private final PoliteFetcher fetcher;
    private final WatchState state;

    public FeedWatcher(PoliteFetcher fetcher, WatchState state) {
        this.fetcher = fetcher;
        this.state = state;
    }

    /**
     * Polls every feed once.
     *
     * @throws IOException when the sink or the state cannot be written: the store is failing, and going on
     *                     would only fetch articles that cannot be kept
     */
    public Round poll(List<URI> feeds, ArticleSink sink, Consumer<Problem> problems)
            throws IOException, InterruptedException {
        int unchanged = 0;
        int failedFeeds = 0;
        int fetched = 0;
        int failedArticles = 0;
        for (URI feed : feeds) {
            String key = feed.toString();
            PoliteFetcher.Outcome outcome = fetcher.fetch(feed, state.validators(key));
            List<FeedParser.Item> items;
            switch (outcome) {
                case PoliteFetcher.NotModified ignored -> {
                    unchanged++;
                    continue;
                }
                case PoliteFetcher.Refused refused -> {
                    failedFeeds++;
                    problems.accept(Problem.rejected(key, "feed not fetched: " + refused.reason()));
                    continue;
                }
                case PoliteFetcher.Failed failed -> {
                    failedFeeds++;
                    problems.accept(Problem.rejected(key, "feed not fetched: " + failed.reason()));
                    continue;
                }
                case PoliteFetcher.Fetched page -> {
                    try {
                        items = FeedParser.parse(page.body(), page.uri()).items();
                    } catch (FeedParser.NotAFeed e) {
                        failedFeeds++;
                        problems.accept(Problem.rejected(key, e.getMessage()));
                        continue;
                    }
                    state.setValidators(key, page.validators());
                }
            }
            List<Source> articles = new ArrayList<>();
            Set<String> links = new LinkedHashSet<>();
            for (FeedParser.Item item : items) {
                URI address = item.webLink();
                if (address == null || state.seen(address.toString()) || links.contains(address.toString())) {
                    continue; // no http(s) link: nothing to fetch (reading the feed as a file keeps its summary)
                }
                String link = address.toString();
                PoliteFetcher.Outcome article = fetcher.fetch(address, PoliteFetcher.Validators.NONE);
                if (article instanceof PoliteFetcher.Fetched page) {
                    articles.add(source(item, page));
                    links.add(link);
                } else {
                    failedArticles++;
                    problems.accept(Problem.rejected(link, "article not fetched: " + reason(article)));
                    if (article instanceof PoliteFetcher.Refused) {
                        links.add(link); // robots.txt or the scheme forbids it: asking again each round is noise
                    }
                }
            }
            if (!articles.isEmpty()) {
                sink.accept(articles);
            }
            links.forEach(state::remember);
            fetched += articles.size();
            state.save();
        }
        return new Round(feeds.size(), unchanged, failedFeeds, fetched, failedArticles);
    }

    private static Source source(FeedParser.Item item, PoliteFetcher.Fetched page) {
        DecodedText text = TextDecoder.decode(page.body(), true);
        String url = page.uri().toString();
        // The feed's date and title are the fallback: the page's own metadata wins when it has some.
        Metadata known = new Metadata(item.title(), List.of(), item.published(), null, null, url,
                item.summary(), null);
        return new Source(idFor(page.uri()), url, Source.Kind.HTML, text.text(), known);
    }

    /** A stable id for an article address: its host and a short hash, safe in file names and URLs. */
    static String idFor(URI uri) {
        String host = uri.getHost() == null ? "web" : uri.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(uri.toString().getBytes(StandardCharsets.UTF_8));
            return host.replaceAll("[^a-z0-9.-]", "-") + "-" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    private static String reason(PoliteFetcher.Outcome outcome) {
        return switch (outcome) {
            case PoliteFetcher.Refused r -> r.reason();
            case PoliteFetcher.Failed f -> f.reason();
            case PoliteFetcher.NotModified n -> "not modified";
            case PoliteFetcher.Fetched f -> "fetched";
        };
    }
}
