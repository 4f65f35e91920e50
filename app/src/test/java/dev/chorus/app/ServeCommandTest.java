package dev.chorus.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chorus.app.render.JsonRenderer;
import dev.chorus.model.Digest;
import dev.chorus.pipeline.DigestPipeline;
import dev.chorus.read.SourceReader;
import dev.chorus.server.ChorusServer;
import dev.chorus.store.DigestStore;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServeCommandTest {

    @Test
    void theApiGivesAStoryExactlyAsTheDigestJsonDoes() throws Exception {
        SourceReader.Result read = new SourceReader().readAll(List.of(CliRunner.repo().resolve("examples")));
        Digest digest = new DigestPipeline(120).run(read.sources(), read.problems());
        StringWriter rendered = new StringWriter();
        new JsonRenderer().render(digest, rendered);
        ObjectMapper mapper = new ObjectMapper();
        JsonNode stories = mapper.readTree(rendered.toString()).get("stories");
        try (ChorusServer server = ChorusServer.start(new DigestStore(digest), null, "127.0.0.1", 0)) {
            HttpClient client = HttpClient.newHttpClient();
            for (JsonNode expected : stories) {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                        URI.create(server.url() + "api/v1/stories/" + expected.get("id").asText())).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, response.statusCode());
                assertEquals(expected, mapper.readTree(response.body()), "story " + expected.get("id"));
            }
        }
    }

    @Test
    void usageErrorsAreOneLine() {
        CliRunner both = CliRunner.run("serve", "--data", "somewhere", "--from", "examples");
        assertEquals(Main.UNUSABLE, both.exit());
        assertTrue(both.err().contains("give --data or --from, not both"), both.err());

        CliRunner noStore = CliRunner.run("serve", "--data", "no-such-store");
        assertEquals(Main.UNUSABLE, noStore.exit());
        assertTrue(noStore.err().startsWith("chorus: no story store to open in no-such-store"), noStore.err());

        CliRunner port = CliRunner.run("serve", "--from", "examples", "--port", "70000");
        assertEquals(Main.UNUSABLE, port.exit());
        assertTrue(port.err().contains("--port must be from 0 to 65535"), port.err());

        CliRunner cache = CliRunner.run("serve", "--from", "examples", "--cache-mb", "-1");
        assertEquals(Main.UNUSABLE, cache.exit());
        assertTrue(cache.err().contains("--cache-mb must be from 0"), cache.err());
    }
}
