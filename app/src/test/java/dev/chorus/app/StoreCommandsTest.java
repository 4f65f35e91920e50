package dev.chorus.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chorus.store.LuceneStoryStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** End-to-end: {@code chorus ingest}, {@code stories}, {@code story} and {@code search} on the bundled examples. */
class StoreCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void ingestLogsEveryRejectedRecordUnderTheDataDirAndStoresTheRest() throws IOException {
        Path input = Files.createDirectories(tmp.resolve("feed"));
        Files.writeString(input.resolve("day1.jsonl"), String.join("\n",
                "{\"id\": \"harbour\", \"title\": \"Harbour wall repairs delayed\", \"maintext\": \"The regional council said "
                        + "on Tuesday that repairs to the harbour wall would take until the spring and cost more than planned.\"}",
                "{\"id\": \"ferry\", \"title\": \"Ferry timetable\", \"maintext\": ",
                "{\"id\": \"empty\", \"title\": \"Nothing here\", \"maintext\": \"\"}"));
        String data = tmp.resolve("store").toString();
        CliRunner ingest = CliRunner.run("ingest", input.toString(), "--data", data);
        assertEquals(Main.PARTIAL, ingest.exit(), ingest.err());
        assertTrue(ingest.out().startsWith("read 3, stored 1,"), ingest.out());
        String log = Files.readString(tmp.resolve("store").resolve(IngestCommand.REJECTED_LOG));
        assertTrue(log.contains("day1.jsonl:2") && log.contains("invalid JSON"), log);
        assertTrue(log.contains("day1.jsonl:3"), log);
        assertEquals(2, log.lines().count(), log);
    }

    @Test
    void ingestedExamplesListSearchAndShowAsTheDigestDoes() throws IOException {
        String examples = CliRunner.repo().resolve("examples").toString();
        String data = tmp.resolve("data").toString();
        CliRunner ingest = CliRunner.run("ingest", examples, "--data", data);
        assertEquals(0, ingest.exit(), ingest.err());
        assertEquals("read 6, stored 6, duplicates 0, rejected 0; " + data + " holds 6 articles in 2 stories\n", ingest.out());

        CliRunner again = CliRunner.run("ingest", examples, "--data", data);
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().startsWith("read 6, stored 0, duplicates 6, rejected 0;"), again.out());

        JsonNode stories = JSON.readTree(CliRunner.run("stories", "--data", data, "--order", "largest", "--format", "json").out());
        assertEquals(2, stories.get("stories").size());
        assertEquals(6, stories.get("articleCount").asInt());
        JsonNode bridge = stories.get("stories").get(0);
        assertEquals(5, bridge.get("articles").asInt());

        // the stored story is the digest's story: same articles, same analysis; only the id differs
        CliRunner story = CliRunner.run("story", bridge.get("id").asText(), "--data", data, "--format", "json");
        assertEquals(0, story.exit(), story.err());
        JsonNode stored = JSON.readTree(story.out()).get("stories").get(0);
        JsonNode digest = JSON.readTree(CliRunner.run("digest", examples, "--format", "json").out()).get("stories").get(0);
        assertEquals(bridge.get("id"), stored.get("id"));
        ((ObjectNode) stored).remove("id");
        ((ObjectNode) digest).remove("id");
        assertEquals(digest, stored);

        CliRunner byArticle = CliRunner.run("story", "coastline-wire", "--data", data, "--format", "text");
        assertEquals(0, byArticle.exit(), byArticle.err());
        assertTrue(byArticle.out().contains(bridge.get("headline").asText().toUpperCase(java.util.Locale.ROOT)), byArticle.out());

        JsonNode search = JSON.readTree(CliRunner.run("search", "bridges", "--data", data, "--format", "json").out());
        assertEquals(1, search.get("total").asInt());
        assertEquals(bridge.get("id"), search.get("hits").get(0).get("story").get("id"));
        JsonNode seeds = JSON.readTree(CliRunner.run("search", "seed", "--data", data, "--format", "json",
                "--outlet", "ALLOTMENTWEEKLY.EXAMPLE").out());
        assertEquals("allotment-weekly-0311", seeds.get("hits").get(0).get("article").asText());
        assertEquals(0, JSON.readTree(CliRunner.run("search", "seed", "--data", data, "--format", "json",
                "--to", "2025-03-10").out()).get("total").asInt());
    }

    @Test
    void mistakesGetOneLineAndExitCode2() throws IOException {
        String missing = tmp.resolve("nothing-here").toString();
        CliRunner noStore = CliRunner.run("stories", "--data", missing);
        assertEquals(2, noStore.exit());
        assertEquals("chorus: " + missing + ": no story store here (no such directory)\n", noStore.err());

        String data = tmp.resolve("data").toString();
        assertEquals(0, CliRunner.run("ingest", CliRunner.repo().resolve("examples").toString(), "--data", data).exit());
        CliRunner unknown = CliRunner.run("story", "s0000000000", "--data", data);
        assertEquals(2, unknown.exit());
        assertEquals("chorus: no story or article with id \"s0000000000\" in " + data + "\n", unknown.err());

        CliRunner badDate = CliRunner.run("stories", "--data", data, "--since", "2025-13-01");
        assertEquals(2, badDate.exit());
        assertTrue(badDate.err().contains("'2025-13-01' is not a date (expected YYYY-MM-DD)"), badDate.err());

        Path notes = Files.writeString(tmp.resolve("notes.txt"), "Ferry timetable changes for the spring season were "
                + "announced by the harbour office on Monday, with two extra sailings on weekdays.");
        try (LuceneStoryStore busy = LuceneStoryStore.openForWriting(Path.of(data))) {
            CliRunner second = CliRunner.run("ingest", notes.toString(), "--data", data);
            assertEquals(2, second.exit());
            assertTrue(second.err().startsWith("chorus: " + data + ": the store is in use by another writer"), second.err());
            assertEquals(1, second.err().lines().count(), second.err());
            assertEquals(6, busy.counts().articles());
        }
        CliRunner nothing = CliRunner.run("ingest", tmp.resolve("no-such-dir").toString(), "--data", data);
        assertEquals(2, nothing.exit());
        assertTrue(nothing.out().startsWith("read 1, stored 0, duplicates 0, rejected 1;"), nothing.out());
    }
}
