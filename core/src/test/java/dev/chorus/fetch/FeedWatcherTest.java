package dev.chorus.fetch;

import dev.chorus.model.Problem;
import dev.chorus.model.Source;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeedWatcherTest {

    private static final PoliteFetcher.Settings FAST = PoliteFetcher.DEFAULTS
            .withPause(Duration.ZERO).withTimeout(Duration.ofSeconds(2));

    @TempDir
    Path data;

    private final LocalSite site;
    private final List<Source> stored = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final List<String> items = new ArrayList<>();

    FeedWatcherTest() throws IOException {
        site = new LocalSite();
        AtomicInteger version = new AtomicInteger();
        site.route("/rss", exchange -> {
            String etag = "\"" + items.size() + "\"";
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            version.incrementAndGet();
            exchange.getResponseHeaders().set("ETag", etag);
            LocalSite.send(exchange, 200, "application/rss+xml",
                    "<rss version=\"2.0\"><channel><title>Local news</title>" + String.join("", items) + "</channel></rss>");
        });
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private void publish(String path, String title) {
        items.add("<item><title>" + title + "</title><link>" + site.uri(path) + "</link>"
                + "<pubDate>Tue, 29 Dec 2020 10:00:00 GMT</pubDate></item>");
        site.page(path, "text/html; charset=utf-8", "<html><head><title>" + title + "</title></head><body><article><h1>"
                + title + "</h1><p>The regional council said on Tuesday that repairs to the harbour wall would "
                + "take until the spring and cost more than first planned.</p></article></body></html>");
    }

    private FeedWatcher.Round poll(List<URI> feeds) throws Exception {
        var watcher = new FeedWatcher(new PoliteFetcher(FAST), WatchState.load(data.resolve("watch.json")));
        return watcher.poll(feeds, stored::addAll, problems::add);
    }

    @Test
    void takesInNewArticlesOnceAndAsksForTheFeedConditionally() throws Exception {
        publish("/news/harbour-wall", "Harbour wall repairs delayed");
        publish("/news/ferry", "Ferry timetable changes");

        var first = poll(List.of(site.uri("/rss")));
        assertEquals(2, first.fetched());
        assertEquals(LocalDate.of(2020, 12, 29), stored.get(0).metadata().published(), "the feed's date is kept");
        assertEquals(site.uri("/news/harbour-wall").toString(), stored.get(0).metadata().url());

        var second = poll(List.of(site.uri("/rss")));
        assertEquals(1, second.unchanged(), "the saved ETag makes the feed answer 304");
        assertEquals(2, stored.size());

        publish("/news/bridge", "Bridge closed for inspection");
        var third = poll(List.of(site.uri("/rss")));
        assertEquals(1, third.fetched());
        assertEquals(3, stored.size());
        assertEquals(1, site.count("/news/harbour-wall"), "an article is fetched once across runs");
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void feedsThatAreDownOrGarbageAreReportedAndTheOthersStillRead() throws Exception {
        publish("/news/harbour-wall", "Harbour wall repairs delayed");
        site.route("/down", exchange -> LocalSite.send(exchange, 500, "text/plain", "Internal Server Error"));
        site.route("/garbage", exchange -> LocalSite.send(exchange, 200, "application/rss+xml", "\u0000{not xml at all"));
        site.route("/html", exchange -> LocalSite.send(exchange, 200, "text/html", "<html><body>Moved</body></html>"));

        var round = poll(List.of(site.uri("/down"), site.uri("/garbage"), site.uri("/html"), site.uri("/rss"),
                URI.create("http://127.0.0.1:1/unreachable")));

        assertEquals(4, round.failedFeeds());
        assertEquals(1, round.fetched());
        assertEquals(1, stored.size());
        assertEquals(4, problems.size());
        assertTrue(problems.stream().allMatch(Problem::rejected));
        assertTrue(problems.get(0).reason().contains("HTTP 500"), problems.get(0).reason());
        assertTrue(problems.get(1).reason().contains("not an RSS or Atom feed"), problems.get(1).reason());
        assertTrue(problems.get(3).reason().contains("cannot reach 127.0.0.1: connection refused"), problems.get(3).reason());
    }

    @Test
    void anArticleTheSinkCouldNotKeepIsFetchedAgainNextRound() throws Exception {
        publish("/news/harbour-wall", "Harbour wall repairs delayed");
        var failing = new FeedWatcher(new PoliteFetcher(FAST), WatchState.load(data.resolve("watch.json")));
        assertThrows(IOException.class, () -> failing.poll(List.of(site.uri("/rss")),
                articles -> { throw new IOException("disk full"); }, problems::add));

        var round = poll(List.of(site.uri("/rss")));
        assertEquals(1, round.fetched());
        assertEquals(1, stored.size());
    }

    @Test
    void aCorruptStateFileIsAClearError() throws Exception {
        Files.writeString(data.resolve("watch.json"), "{\"feeds\": [tru");
        var e = assertThrows(IOException.class, () -> WatchState.load(data.resolve("watch.json")));
        assertTrue(e.getMessage().startsWith(data.resolve("watch.json") + ": not a watch state file"), e.getMessage());
    }
}
