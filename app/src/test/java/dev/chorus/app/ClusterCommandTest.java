package dev.chorus.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** End-to-end: {@code chorus cluster} on the bundled examples, on Multi-News clusters, and on a bad line. */
class ClusterCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void jsonGivesTheDigestsStoriesAndTheGazettesCopyOfTheWire() throws IOException {
        Path examples = CliRunner.repo().resolve("examples");
        CliRunner run = CliRunner.run("cluster", examples.toString(), "--format", "json");
        assertEquals(0, run.exit(), run.err());
        JsonNode root = JSON.readTree(run.out());

        JsonNode stories = root.get("stories");
        assertEquals(2, stories.size());
        assertEquals(5, stories.get(0).get("articles").size());
        assertEquals("allotment-weekly-0311", stories.get(1).get("articles").get(0).asText());
        for (JsonNode story : stories) {
            assertTrue(story.get("id").asText().matches("s[0-9a-f]{10}"), story.toString());
            assertTrue(!story.get("headline").asText().isBlank(), story.toString());
        }

        JsonNode digest = JSON.readTree(CliRunner.run("digest", examples.toString(), "--format", "json").out()).get("stories");
        assertEquals(digest.get(0).get("id"), stories.get(0).get("id"), "same articles, same story id as the digest");

        JsonNode duplicates = root.get("duplicates");
        assertEquals(1, duplicates.size(), duplicates.toString());
        assertEquals("near", duplicates.get(0).get("kind").asText());
        assertEquals("coastline-wire", duplicates.get(0).get("origin").asText());
        assertEquals(List.of("coastline-wire", "valley-gazette"), texts(duplicates.get(0).get("articles")));
        assertEquals(0, root.get("problems").size());
    }

    @Test
    void wordsAloneGiveTheSameStoriesOnTheExamples() throws IOException {
        Path examples = CliRunner.repo().resolve("examples");
        JsonNode withModel = JSON.readTree(CliRunner.run("cluster", examples.toString()).out()).get("stories");
        CliRunner run = CliRunner.run("cluster", examples.toString(), "--no-embeddings");
        assertEquals(0, run.exit(), run.err());
        assertEquals(withModel, JSON.readTree(run.out()).get("stories"));
    }

    @Test
    void theHighestThresholdSplitsEveryStoryAndAnImpossibleOneIsAUsageError() throws IOException {
        Path examples = CliRunner.repo().resolve("examples");
        CliRunner strict = CliRunner.run("cluster", examples.toString(), "--threshold", "1.2");
        assertEquals(0, strict.exit(), strict.err());
        JsonNode stories = JSON.readTree(strict.out()).get("stories");
        assertTrue(stories.size() >= 5, "no article is that alike: " + stories.size() + " stories");

        CliRunner bad = CliRunner.run("cluster", examples.toString(), "--threshold", "1.3");
        assertEquals(2, bad.exit());
        assertEquals("chorus: --threshold must be above 0 and at most 1.2, not 1.3", bad.err().strip());
    }

    @Test
    void textIsOneBlockAStoryAndTheCopies() {
        CliRunner run = CliRunner.run("cluster", CliRunner.repo().resolve("examples").toString(), "--format", "text");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("Story 1 of 2 · 5 articles · s"), run.out());
        assertTrue(run.out().contains("  - valley-gazette: Bridge collapse in Port Marren leaves 12 injured"), run.out());
        assertTrue(run.out().contains("Story 2 of 2 · 1 article"), run.out());
        assertTrue(run.out().contains("near: valley-gazette copy coastline-wire"), run.out());
    }

    @Test
    void multiNewsClustersWithABadLineAreReadAndTheLineIsNamed() throws IOException {
        Path file = tmp.resolve("clusters.jsonl");
        String tram = "Tram services in Kessel were suspended on Friday after a cable fault left three lines without power "
                + "during the morning rush, the operator said. Engineers expected to restore power by the evening.";
        Files.writeString(file, "{\"id\": \"c1\", \"summary\": \"s\", \"documents\": [\"" + tram + "\", \""
                + tram.replace("Friday", "Friday morning") + "\"]}\n"
                + "{\"id\": \"c2\", \"documents\": [\"Unterminated\n"
                + "{\"id\": \"c3\", \"summary\": \"s\", \"documents\": [\"The Lindau chess club named a 15-year-old as its "
                + "youngest ever champion after she won all nine games of the club tournament on Sunday.\"]}\n");
        Path out = tmp.resolve("out/stories.json");

        CliRunner run = CliRunner.run("cluster", file.toString(), "--out", out.toString());

        assertEquals(1, run.exit(), "a line was skipped: " + run.err());
        assertEquals("", run.out());
        List<String> errLines = run.err().lines().toList();
        assertEquals(2, errLines.size(), run.err());
        assertTrue(errLines.getFirst().startsWith("chorus: skipped " + file + ":2: invalid JSON"), run.err());
        assertTrue(errLines.get(1).startsWith("chorus: 1 input, 4 records read: 3 used, 1 duplicate, 1 rejected"),
                "the summary line: " + run.err());
        JsonNode root = JSON.readTree(out.toFile());
        assertEquals(List.of("c1/0", "c1/1"), texts(root.get("stories").get(0).get("articles")));
        assertEquals(List.of("c3/0"), texts(root.get("stories").get(1).get("articles")));
        assertEquals("near", root.get("duplicates").get(0).get("kind").asText());
        assertEquals(file + ":2", root.get("problems").get(0).get("origin").asText());
    }

    @Test
    void nothingUsableIsExitTwo() throws IOException {
        Path file = Files.writeString(tmp.resolve("bad.jsonl"), "{not json\n");
        CliRunner run = CliRunner.run("cluster", file.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("no usable article"), run.err());
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
