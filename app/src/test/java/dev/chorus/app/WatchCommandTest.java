package dev.chorus.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code chorus watch} against a news site on 127.0.0.1 serving the example pages and a feed of them. */
class WatchCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    private final HttpServer site;
    private final List<String> requested = new ArrayList<>();
    private final List<Path> pages;

    WatchCommandTest() throws IOException {
        try (Stream<Path> files = Files.list(CliRunner.repo().resolve("examples"))) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        site.createContext("/", this::handle);
        site.start();
    }

    @AfterEach
    void stop() {
        site.stop(0);
    }

    private String base() {
        return "http://127.0.0.1:" + site.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        synchronized (requested) {
            requested.add(path);
        }
        try (exchange) {
            if (path.equals("/robots.txt")) {
                send(exchange, 200, "text/plain", "User-agent: *\nDisallow: /private/\n");
            } else if (path.equals("/feed.xml")) {
                if ("\"1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                    exchange.sendResponseHeaders(304, -1);
                    return;
                }
                StringBuilder rss = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Local</title>");
                for (Path page : pages) {
                    rss.append("<item><title>").append(page.getFileName()).append("</title><link>").append(base())
                            .append("/news/").append(page.getFileName()).append("</link></item>");
                }
                rss.append("<item><title>Members only</title><link>").append(base()).append("/private/x.html</link></item>");
                rss.append("</channel></rss>");
                exchange.getResponseHeaders().set("ETag", "\"1\"");
                send(exchange, 200, "application/rss+xml", rss.toString());
            } else if (path.equals("/broken.xml")) {
                send(exchange, 500, "text/plain", "Internal Server Error");
            } else if (path.startsWith("/news/")) {
                Path page = CliRunner.repo().resolve("examples").resolve(path.substring("/news/".length()));
                send(exchange, 200, "text/html; charset=utf-8", Files.readString(page));
            } else {
                send(exchange, 404, "text/plain", "not found");
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Test
    void storesTheLinkedArticlesOnceAndSurvivesABrokenFeed() throws Exception {
        String dir = data.resolve("store").toString();
        CliRunner first = CliRunner.run("watch", base() + "/feed.xml", base() + "/broken.xml", "--data", dir,
                "--rounds", "1", "--pause", "0s", "--no-embeddings");
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.out().contains("round 1: 2 feeds (0 unchanged, 1 failed), " + pages.size() + " articles fetched (1 failed), "
                + pages.size() + " stored"), first.out());
        assertTrue(first.err().contains("broken.xml: feed not fetched: HTTP 500"), first.err());
        assertTrue(first.err().contains("robots.txt of 127.0.0.1 forbids it"), first.err());
        assertTrue(requested.stream().noneMatch(p -> p.startsWith("/private/")), "robots.txt obeyed");

        JsonNode stories = JSON.readTree(CliRunner.run("stories", "--data", dir, "--format", "json").out());
        int articles = 0;
        for (JsonNode story : stories.get("stories")) {
            articles += story.get("articles").asInt();
        }
        assertEquals(pages.size(), articles, stories.toString());
        String log = Files.readString(data.resolve("store").resolve("rejected.jsonl"));
        assertTrue(log.contains("broken.xml") && log.contains("private/x.html"), log);

        CliRunner second = CliRunner.run("watch", base() + "/feed.xml", "--data", dir, "--rounds", "1", "--pause", "0s",
                "--no-embeddings");
        assertEquals(0, second.exit(), second.err());
        assertTrue(second.out().contains("round 1: 1 feeds (1 unchanged, 0 failed), 0 articles fetched"), second.out());
        assertEquals(1, requested.stream().filter(p -> p.equals("/news/" + pages.getFirst().getFileName())).count(),
                "each article fetched once across runs");
    }

    @Test
    void aFeedAddressThatIsNotWebIsAUsageError() {
        CliRunner run = CliRunner.run("watch", "file:///etc/passwd", "--data", data.toString(), "--rounds", "1");
        assertEquals(Main.UNUSABLE, run.exit());
        assertTrue(run.err().contains("'file:///etc/passwd' is not a feed address"), run.err());
    }
}
