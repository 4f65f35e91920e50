package dev.chorus.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chorus.cluster.StoryClusterer;
import dev.chorus.server.ChorusServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code chorus serve --data}: the server over a Lucene store, ingesting what is POSTed into it. */
class ServeStoreTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void aPostedArticleJoinsItsStoredStoryAndASecondServerIsReadOnly() throws Exception {
        Path data = tmp.resolve("data");
        assertEquals(0, CliRunner.run("ingest", CliRunner.repo().resolve("examples").toString(), "--data",
                data.toString(), "--no-embeddings").exit());
        String bridge = CliRunner.run("story", "coastline-wire", "--data", data.toString(), "--format", "json").out();
        String storyId = JSON.readTree(bridge).get("stories").get(0).get("id").asText();

        ServeCommand.Opened opened = ServeCommand.openStore(data, new StoryClusterer(), null, new PrintWriter(new StringWriter()));
        try (ChorusServer server = ChorusServer.start(opened.store(), opened.ingest(), "127.0.0.1", 0)) {
            HttpClient client = HttpClient.newHttpClient();
            String ferry = "{\"id\":\"ferry-0314\",\"title\":\"Port Marren ferry adds sailings while bridges stay shut\","
                    + "\"maintext\":\"The harbour ferry in Port Marren will add four sailings a day while three bridges stay "
                    + "closed after the Harlow Street footbridge collapse over the Ostra river, the city said on Friday. "
                    + "Mayor Elena Vasquez-Whitlock said engineers were inspecting the bridges bolt by bolt.\","
                    + "\"date_publish\":\"2025-03-14\",\"source_domain\":\"Marren Herald\"}";
            HttpResponse<String> posted = client.send(HttpRequest.newBuilder(URI.create(server.url() + "api/v1/ingest"))
                    .header("Content-Type", "application/x-ndjson")
                    .POST(HttpRequest.BodyPublishers.ofString(ferry)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, posted.statusCode(), posted.body());
            JsonNode receipt = JSON.readTree(posted.body());
            assertEquals(1, receipt.get("stored").asInt(), posted.body());
            assertEquals(storyId, receipt.get("stories").get(0).asText(), "joined the bridge story, whose id stays");

            JsonNode story = JSON.readTree(client.send(HttpRequest.newBuilder(
                    URI.create(server.url() + "api/v1/stories/" + storyId)).build(), HttpResponse.BodyHandlers.ofString()).body());
            assertEquals(6, story.get("articles").size());

            StringWriter warning = new StringWriter();
            ServeCommand.Opened second = ServeCommand.openStore(data, new StoryClusterer(), null, new PrintWriter(warning, true));
            try {
                assertNull(second.ingest(), "read-only while the first server writes");
                assertTrue(warning.toString().contains("in use by another writer"), warning.toString());
                assertEquals(7, second.store().counts().articles());
            } finally {
                second.store().close();
            }
        } finally {
            opened.store().close();
        }
    }
}
