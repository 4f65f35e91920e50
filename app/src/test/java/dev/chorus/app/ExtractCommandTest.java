package dev.chorus.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtractCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void oneJsonLineAnArticleInInputOrderWithTheContractFields() throws IOException {
        CliRunner run = CliRunner.run("extract", CliRunner.repo().resolve("examples").toString());
        assertEquals(0, run.exit(), run.err());
        List<JsonNode> lines = new ArrayList<>();
        for (String line : run.out().lines().toList()) {
            lines.add(JSON.readTree(line));
        }
        assertEquals(List.of("coastline-wire", "radio-marren-0313", "allotment-weekly-0311", "marren-herald",
                        "northern-observer", "valley-gazette"),
                lines.stream().map(l -> l.get("id").asText()).toList(), "directory in name order, JSONL in line order");
        for (JsonNode line : lines) {
            for (String field : List.of("id", "title", "authors", "published", "outlet", "language", "url", "text",
                    "captions", "removed")) {
                assertTrue(line.has(field), field + " in " + line.get("id"));
            }
        }
        JsonNode herald = lines.get(3);
        assertEquals("2025-03-13", herald.get("published").asText());
        assertEquals("Marren Herald", herald.get("outlet").asText());
        assertFalse(herald.get("text").asText().contains("cookies"), "consent banner is not body text");
        assertTrue(herald.get("captions").toString().contains("central span"), herald.get("captions").toString());
        assertTrue(herald.get("text").asText().contains("\n\n"), "paragraphs separated by a blank line");
    }

    @Test
    void gzippedHtmlKeepsTheIdWithoutExtensions() throws IOException {
        Path page = tmp.resolve("city-budget.html.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(page))) {
            out.write("""
                    <html><head><title>Council passes budget</title></head><body><article>
                    <h1>Council passes budget</h1>
                    <p>The city council approved a budget of 412 million on Tuesday after a six-hour debate that ran past midnight.</p>
                    <p>Opposition members said the plan cut too deeply into library opening hours and youth services.</p>
                    </article></body></html>""".getBytes(StandardCharsets.UTF_8));
        }
        CliRunner run = CliRunner.run("extract", page.toString(), "--format", "jsonl");
        assertEquals(0, run.exit(), run.err());
        JsonNode article = JSON.readTree(run.out().lines().findFirst().orElseThrow());
        assertEquals("city-budget", article.get("id").asText());
        assertTrue(article.get("text").asText().startsWith("The city council approved"));
    }

    @Test
    void pageWithoutAnArticleIsReportedAndExitIsPartial() throws IOException {
        Files.writeString(tmp.resolve("menu.html"), "<html><body><nav><a href='/'>Home</a></nav></body></html>");
        Files.writeString(tmp.resolve("story.txt"), "Night trains return\n\nThe night train between Orvik and Sala returns in May after four years, the operator said on Friday.");
        CliRunner run = CliRunner.run("extract", tmp.toString(), "--format", "text");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("menu.html") && run.err().contains("no article text"), run.err());
        assertTrue(run.out().contains("# Night trains return"), run.out());
    }

    @Test
    void rejectedRecordsGoToTheRejectedLogAndASummaryLineEndsTheRun() throws IOException {
        Files.writeString(tmp.resolve("a.txt"), "Bridge reopens after repairs\n\nEngineers reopened the Lindau "
                + "bridge on Monday after three weeks of repairs to its deck.");
        Files.writeString(tmp.resolve("b.jsonl"), """
                {"id": "ok", "title": "Ferry strike ends", "maintext": "Ferry crews returned to work on Friday after a four-day strike over pay."}
                {"id": "broken", "title": 
                {"id": "menu", "maintext": "Home | World | Sport"}
                """);
        Path log = tmp.resolve("logs/rejected.jsonl");

        CliRunner run = CliRunner.run("extract", tmp.toString(), "--exclude", "logs", "--rejected", log.toString());

        assertEquals(1, run.exit(), run.err());
        assertEquals(2, run.out().lines().count(), run.out());
        List<JsonNode> logged = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            logged.add(JSON.readTree(line));
        }
        assertEquals(2, logged.size(), logged.toString());
        assertEquals(2, logged.get(0).get("line").asInt());
        assertTrue(logged.get(0).get("reason").asText().startsWith("invalid JSON"));
        assertEquals("{\"id\": \"broken\", \"title\":", logged.get(0).get("raw").asText(), "the raw line as read");
        assertEquals("no article text found", logged.get(1).get("reason").asText());
        String summary = run.err().lines().toList().getLast();
        assertTrue(summary.startsWith("chorus: 2 inputs, 4 records read: 2 used, 2 rejected (logged to " + log + ")"),
                summary);

        CliRunner quiet = CliRunner.run("extract", tmp.resolve("a.txt").toString(), "--quiet");
        assertEquals("", quiet.err(), "--quiet: no summary");
    }
}
