package dev.chorus.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** End-to-end: the digest command on the bundled examples, on bad input, and on the shared seeds. */
class DigestCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    @TempDir
    Path tmp;

    @Test
    void examplesGiveTheBridgeStoryAndTheUnrelatedArticleApart() throws IOException {
        CliRunner run = CliRunner.run("digest", CliRunner.repo().resolve("examples").toString(), "--format", "json");
        assertEquals(0, run.exit(), run.err());
        JsonNode stories = JSON.readTree(run.out()).get("stories");
        assertContract(stories);

        assertEquals(2, stories.size(), "the bridge story and the seed swap");
        JsonNode bridge = stories.get(0);
        assertEquals(5, bridge.get("articles").size());
        assertEquals("2025-03-13", bridge.get("date").asText());
        assertEquals(1, stories.get(1).get("articles").size());
        assertEquals("allotment-weekly-0311", stories.get(1).get("articles").get(0).get("id").asText());
    }

    @Test
    void seedsFormOneStoryWithCleanText() throws IOException {
        Path seeds = CliRunner.repo().resolve("../shared/corpus/seeds").normalize();
        Assumptions.assumeTrue(Files.isDirectory(seeds), "shared seeds not present at " + seeds + "; skipped");
        CliRunner run = CliRunner.run("digest", seeds.toString(), "--format", "json");
        assertEquals(0, run.exit(), run.err());
        JsonNode stories = JSON.readTree(run.out()).get("stories");
        assertContract(stories);
        assertEquals(1, stories.size(), "five reports of one event are one story");
        JsonNode articles = stories.get(0).get("articles");
        assertEquals(5, articles.size());
        for (JsonNode article : articles) {
            assertTrue(article.get("text").asText().length() > 500, article.get("id") + " has a clean body");
        }
    }

    @Test
    void htmlIsOneSelfContainedPage() throws IOException {
        Path page = tmp.resolve("out/digest.html");
        CliRunner run = CliRunner.run("digest", CliRunner.repo().resolve("examples").toString(),
                "--format", "html", "--out", page.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.out(), "with --out nothing goes to stdout");
        String html = Files.readString(page);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("Harlow Street"));
        assertFalse(Pattern.compile("<(script|link|img)\\b").matcher(html).find(), "no external assets or scripts");
        assertTrue(html.strip().endsWith("</html>"));
    }

    @Test
    void textOutputNamesStoriesAndSources() {
        CliRunner run = CliRunner.run("digest", CliRunner.repo().resolve("examples").toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("Story 1 of 2"), run.out());
        assertTrue(run.out().contains("Sources"));
    }

    @Test
    void badInputsAreNamedOnStderrAndTheRestIsDigested() throws IOException {
        Files.writeString(tmp.resolve("good.txt"), """
                Ferry service resumes after storm

                Ferries between Kelso Point and the islands resumed on Monday after three days of gales.

                The operator said all crossings would run to the normal timetable from Tuesday.
                """);
        Files.writeString(tmp.resolve("empty.txt"), "");
        Files.write(tmp.resolve("photo.html"), new byte[] {(byte) 0xff, (byte) 0xd8, 0, 0, 0x10, 'J', 'F', 'I', 'F'});
        Files.writeString(tmp.resolve("feed.jsonl"), "{\"title\": \"ok\", \"text\": \"Short but real text here.\"}\n{oops\n");

        CliRunner run = CliRunner.run("digest", tmp.toString(), tmp.resolve("nowhere").toString(), "--format", "json");

        assertEquals(1, run.exit(), "some inputs rejected: partial");
        List<String> lines = run.err().lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.contains("empty.txt") && l.contains("empty")), run.err());
        assertTrue(lines.stream().anyMatch(l -> l.contains("photo.html") && l.contains("binary")), run.err());
        assertTrue(lines.stream().anyMatch(l -> l.contains("feed.jsonl:2") && l.contains("invalid JSON")), run.err());
        assertTrue(lines.stream().anyMatch(l -> l.contains("nowhere") && l.contains("no such file")), run.err());
        assertFalse(run.err().contains("\tat "), "no stack traces");
        assertTrue(run.out().contains("Kelso Point"));
    }

    @Test
    void nothingUsableIsExitTwo() throws IOException {
        Files.writeString(tmp.resolve("empty.txt"), " ");
        CliRunner run = CliRunner.run("digest", tmp.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("no usable article"), run.err());
    }

    @Test
    void usageErrorsAreExitTwoWithHelp() {
        assertEquals(2, CliRunner.run("digest").exit());
        assertEquals(2, CliRunner.run("digest", "x", "--format", "pdf").exit());
        assertEquals(2, CliRunner.run("digest", "x", "--words", "0").exit());
        CliRunner bare = CliRunner.run();
        assertEquals(2, bare.exit());
        assertTrue(bare.err().contains("Usage: chorus"), bare.err());
        CliRunner help = CliRunner.run("--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("digest") && help.out().contains("extract"));
        assertTrue(CliRunner.run("--version").out().startsWith("chorus "));
    }

    /** Checks every field of the JSON contract in README.md: names, types and cross-references. */
    static void assertContract(JsonNode stories) {
        assertTrue(stories.isArray());
        for (JsonNode story : stories) {
            assertTrue(story.get("id").isTextual());
            assertTrue(story.get("headline").isTextual() && !story.get("headline").asText().isBlank());
            assertTrue(story.get("date").isNull() || DATE.matcher(story.get("date").asText()).matches());
            Set<String> ids = new HashSet<>();
            for (JsonNode a : story.get("articles")) {
                ids.add(a.get("id").asText());
                for (String field : List.of("outlet", "title", "published", "language", "url")) {
                    assertTrue(a.has(field) && (a.get(field).isNull() || a.get(field).isTextual()), field);
                }
                assertTrue(a.get("published").isNull() || DATE.matcher(a.get("published").asText()).matches());
                assertFalse(a.get("text").asText().isBlank());
                assertTrue(a.get("captions").isArray() && a.get("removed").isArray());
            }
            for (String list : List.of("summary", "claims", "quotes", "entities", "conflicts", "copies")) {
                assertTrue(story.get(list).isArray(), list);
            }
            assertFalse(story.get("summary").isEmpty(), "every story has a summary");
            List<JsonNode> cited = new ArrayList<>();
            story.get("summary").forEach(cited::add);
            story.get("claims").forEach(c -> {
                cited.add(c);
                assertTrue(c.get("id").isTextual() && c.get("unique").isBoolean());
                assertEquals(c.get("articles").size() == 1, c.get("unique").asBoolean());
            });
            story.get("quotes").forEach(q -> {
                cited.add(q);
                assertTrue(q.get("speaker").isNull() || q.get("speaker").isTextual());
            });
            story.get("entities").forEach(e -> {
                cited.add(e);
                assertTrue(Set.of("PERSON", "ORG", "PLACE", "OTHER").contains(e.get("type").asText()));
                assertTrue(e.get("aliases").isArray());
            });
            story.get("conflicts").forEach(c -> {
                assertTrue(c.get("about").isTextual());
                assertTrue(c.get("variants").size() >= 2);
                c.get("variants").forEach(cited::add);
            });
            for (JsonNode node : cited) {
                assertTrue(node.get("text") == null || node.get("text").isTextual() || node.has("value"));
                assertFalse(node.get("articles").isEmpty());
                node.get("articles").forEach(id -> assertTrue(ids.contains(id.asText()), "cites a member article"));
            }
            story.get("copies").forEach(c -> {
                assertTrue(ids.contains(c.get("a").asText()) && ids.contains(c.get("b").asText()));
                assertTrue(c.get("shared").isNumber() && c.get("shared").asDouble() > 0 && c.get("shared").asDouble() <= 1);
            });
        }
    }
}
