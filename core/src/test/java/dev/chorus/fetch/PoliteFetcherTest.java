package dev.chorus.fetch;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PoliteFetcherTest {

    private static final PoliteFetcher.Settings FAST = PoliteFetcher.DEFAULTS
            .withPause(Duration.ZERO).withTimeout(Duration.ofMillis(500)).withMaxBytes(64 * 1024);

    private final LocalSite site;

    PoliteFetcherTest() throws IOException {
        site = new LocalSite();
        site.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /members/\n");
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void namesItselfAndObeysRobotsTxtBeforeAskingForAPage() throws Exception {
        site.page("/members/story", "text/html", "<p>paywalled</p>");
        site.page("/news/story", "text/html", "<p>open</p>");
        PoliteFetcher fetcher = new PoliteFetcher(FAST);

        var refused = fetcher.fetch(site.uri("/members/story"), PoliteFetcher.Validators.NONE);
        var fetched = fetcher.fetch(site.uri("/news/story"), PoliteFetcher.Validators.NONE);

        assertInstanceOf(PoliteFetcher.Refused.class, refused);
        assertEquals(0, site.count("/members/story"), "a forbidden page is never requested");
        assertEquals("<p>open</p>", new String(assertInstanceOf(PoliteFetcher.Fetched.class, fetched).body(),
                StandardCharsets.UTF_8));
        assertEquals(1, site.count("/robots.txt"), "robots.txt is read once per site");
        assertTrue(site.requests.stream().allMatch(r -> r.userAgent().startsWith("Chorus/")));
    }

    @Test
    void aRedirectIntoAForbiddenPathIsNotFollowed() throws Exception {
        site.route("/go", exchange -> {
            exchange.getResponseHeaders().set("Location", "/members/secret");
            exchange.sendResponseHeaders(302, -1);
        });
        var outcome = new PoliteFetcher(FAST).fetch(site.uri("/go"), PoliteFetcher.Validators.NONE);
        assertInstanceOf(PoliteFetcher.Refused.class, outcome);
        assertEquals(0, site.count("/members/secret"));
    }

    @Test
    void sendsValidatorsAndReportsNotModified() throws Exception {
        site.route("/feed.xml", exchange -> {
            if ("\"v7\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            exchange.getResponseHeaders().set("ETag", "\"v7\"");
            exchange.getResponseHeaders().set("Last-Modified", "Tue, 29 Dec 2020 10:00:00 GMT");
            LocalSite.send(exchange, 200, "application/rss+xml", "<rss/>");
        });
        PoliteFetcher fetcher = new PoliteFetcher(FAST);
        var first = assertInstanceOf(PoliteFetcher.Fetched.class,
                fetcher.fetch(site.uri("/feed.xml"), PoliteFetcher.Validators.NONE));
        assertEquals(new PoliteFetcher.Validators("\"v7\"", "Tue, 29 Dec 2020 10:00:00 GMT"), first.validators());

        var second = fetcher.fetch(site.uri("/feed.xml"), first.validators());
        assertInstanceOf(PoliteFetcher.NotModified.class, second);
        assertEquals("Tue, 29 Dec 2020 10:00:00 GMT", site.requests.getLast().ifModifiedSince());
    }

    @Test
    void errorsSlowServersAndHugeBodiesAreFailuresNotExceptions() throws Exception {
        site.route("/broken", exchange -> LocalSite.send(exchange, 500, "text/plain", "oops"));
        site.route("/slow", exchange -> {
            try {
                Thread.sleep(3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            LocalSite.send(exchange, 200, "text/html", "late");
        });
        site.route("/endless", exchange -> {
            exchange.sendResponseHeaders(200, 0); // chunked, no length announced
            byte[] chunk = new byte[8192];
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 1_000; i++) {
                    out.write(chunk);
                }
            } catch (IOException expected) {
                // the client hangs up once the cap is crossed
            }
        });
        PoliteFetcher fetcher = new PoliteFetcher(FAST);
        List<String> reasons = new ArrayList<>();
        for (String path : List.of("/broken", "/slow", "/endless", "/missing")) {
            var outcome = fetcher.fetch(site.uri(path), PoliteFetcher.Validators.NONE);
            reasons.add(assertInstanceOf(PoliteFetcher.Failed.class, outcome).reason());
        }
        assertEquals("HTTP 500", reasons.get(0));
        assertEquals("timed out", reasons.get(1));
        assertTrue(reasons.get(2).startsWith("body larger than"), reasons.get(2));
        assertEquals("HTTP 404", reasons.get(3));
    }

    @Test
    void anUnreachableRobotsTxtForbidsTheSiteForNow() throws Exception {
        site.route("/robots.txt", exchange -> LocalSite.send(exchange, 503, "text/plain", "maintenance"));
        site.page("/news/story", "text/html", "<p>open</p>");
        var outcome = new PoliteFetcher(FAST).fetch(site.uri("/news/story"), PoliteFetcher.Validators.NONE);
        assertTrue(assertInstanceOf(PoliteFetcher.Failed.class, outcome).reason().contains("HTTP 503"));
        assertEquals(0, site.count("/news/story"));
    }

    @Test
    void aMissingRobotsTxtAllowsEverything() throws Exception {
        site.route("/robots.txt", exchange -> LocalSite.send(exchange, 404, "text/plain", "no"));
        site.page("/members/story", "text/html", "<p>open</p>");
        var outcome = new PoliteFetcher(FAST).fetch(site.uri("/members/story"), PoliteFetcher.Validators.NONE);
        assertInstanceOf(PoliteFetcher.Fetched.class, outcome);
    }

    @Test
    void requestsToOneHostArePacedOthersAreNot() throws Exception {
        List<Long> sleeps = new ArrayList<>();
        long[] now = {0};
        HostPacer pacer = new HostPacer(new HostPacer.Clock() {
            @Override
            public long nanoTime() {
                return now[0];
            }

            @Override
            public void sleep(Duration duration) {
                sleeps.add(duration.toMillis());
                now[0] += duration.toNanos();
            }
        });
        Duration pause = Duration.ofSeconds(2);
        pacer.awaitTurn("a.example", pause);
        pacer.awaitTurn("b.example", pause);
        pacer.awaitTurn("A.example", pause);
        now[0] += Duration.ofMillis(500).toNanos();
        pacer.awaitTurn("a.example", pause);
        assertEquals(List.of(2_000L, 1_500L), sleeps);
    }
}
