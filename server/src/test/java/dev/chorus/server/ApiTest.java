package dev.chorus.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chorus.model.Source;
import dev.chorus.model.Story;
import dev.chorus.store.DigestStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiTest {

    /** Small, so that the 413 test need not send megabytes. */
    private static final long LIMIT = 64 * 1024;

    private static final List<List<Source>> ingested = Collections.synchronizedList(new ArrayList<>());
    private static ChorusServer server;
    private static Http http;
    private static Story bridge;

    @BeforeAll
    static void start() {
        DigestStore store = Fixtures.store();
        bridge = Fixtures.examples().stories().getFirst();
        Ingest fake = sources -> {
            ingested.add(sources);
            return new Ingest.Receipt(sources.size(), 0, List.of("s-new"));
        };
        server = ChorusServer.start(store, fake, "127.0.0.1", 0, LIMIT);
        http = new Http(server.url());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void listsStoriesNewestOrLargest() {
        JsonNode largest = Http.json(ok(http.get("/api/v1/stories?order=largest&limit=2")));
        assertEquals(2, largest.get("stories").size());
        JsonNode first = largest.get("stories").get(0);
        assertEquals(bridge.id(), first.get("id").asText());
        assertEquals(5, first.get("articles").asInt());
        assertEquals(3, largest.get("counts").get("stories").asInt());
        assertEquals(8, largest.get("counts").get("articles").asInt());

        JsonNode newest = Http.json(ok(http.get("/api/v1/stories")));
        assertEquals(Fixtures.HOSTILE_STORY, newest.get("stories").get(0).get("id").asText(), "dated 2025-03-14, the latest");
        JsonNode since = Http.json(ok(http.get("/api/v1/stories?since=2025-03-12")));
        assertEquals(2, since.get("stories").size(), "the seed swap (2025-03-11) is older");
        JsonNode paged = Http.json(ok(http.get("/api/v1/stories?offset=2&limit=5")));
        assertEquals(1, paged.get("stories").size());
    }

    @Test
    void storyHasTheDigestContractFields() {
        JsonNode story = Http.json(ok(http.get("/api/v1/stories/" + bridge.id())));
        for (String field : List.of("id", "headline", "date", "articles", "summary", "claims", "quotes", "entities",
                "conflicts", "copies")) {
            assertTrue(story.has(field), field);
        }
        assertEquals(bridge.headline(), story.get("headline").asText());
        assertEquals(bridge.conflicts().size(), story.get("conflicts").size());
        assertEquals("how many people were injured", story.get("conflicts").get(0).get("about").asText());
        JsonNode article = story.get("articles").get(0);
        for (String field : List.of("id", "title", "published", "outlet", "language", "url", "text", "captions", "removed")) {
            assertTrue(article.has(field), field);
        }
    }

    @Test
    void articleByIdEvenWithASlash() {
        JsonNode answer = Http.json(ok(http.get("/api/v1/articles/" + Html.encode(Fixtures.HOSTILE_ARTICLE))));
        assertEquals(Fixtures.HOSTILE_STORY, answer.get("story").asText());
        assertEquals(Fixtures.HOSTILE_ARTICLE, answer.get("article").get("id").asText());
        assertEquals(List.of("Subscribe " + Fixtures.SCRIPT), texts(answer.get("article").get("removed")));
        JsonNode herald = Http.json(ok(http.get("/api/v1/articles/marren-herald")));
        assertEquals("Marren Herald", herald.get("article").get("outlet").asText());
    }

    @Test
    void unknownAndTraversingIdsAre404() {
        for (String path : List.of("/api/v1/stories/nope", "/api/v1/articles/nope",
                "/api/v1/articles/..%2F..%2F..%2Fetc%2Fpasswd", "/api/v1/stories/..%2F..%2Fpom.xml",
                "/api/v1/articles/%2E%2E/%2E%2E/etc/passwd", "/api/v1/nothing-here",
                "/api/v1/stories/" + "x".repeat(600))) {
            HttpResponse<String> response = http.get(path);
            assertEquals(404, response.statusCode(), path);
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), path);
            assertEquals(404, Http.json(response).get("error").get("status").asInt(), path);
            assertFalse(response.body().contains("root:"), path);
        }
        HttpResponse<String> page = http.get("/stories/..%2F..%2Fetc%2Fpasswd");
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("No story has the id"), page.body());
    }

    @Test
    void searchGivesHitsAndFacets() {
        JsonNode result = Http.json(ok(http.get("/api/v1/search?q=footbridge+collapsed&limit=5")));
        assertTrue(result.get("total").asInt() >= 1);
        JsonNode hit = result.get("hits").get(0);
        assertEquals(bridge.id(), hit.get("story").get("id").asText());
        assertFalse(hit.get("snippet").asText().isBlank());
        List<String> outlets = StreamSupport.stream(result.get("facets").get("outlet").spliterator(), false)
                .map(f -> f.get("value").asText()).toList();
        assertTrue(outlets.contains("northernobserver.example"), outlets.toString());

        JsonNode filtered = Http.json(ok(http.get("/api/v1/search?q=bridge&outlet=NorthernObserver.example")));
        assertEquals(1, filtered.get("total").asInt());
        assertEquals("northern-observer", filtered.get("hits").get(0).get("article").asText());
        JsonNode byEntity = Http.json(ok(http.get("/api/v1/search?entity=Oskar%20Penn")));
        assertEquals("northern-observer", byEntity.get("hits").get(0).get("article").asText());
        JsonNode none = Http.json(ok(http.get("/api/v1/search?q=bridge&from=2025-04-01")));
        assertEquals(0, none.get("total").asInt());
    }

    @Test
    void badParametersAre400WithAMessage() {
        assertBad("/api/v1/stories?limit=0", "limit must be a whole number from 1 to 100");
        assertBad("/api/v1/stories?limit=abc", "not 'abc'");
        assertBad("/api/v1/stories?offset=-1", "offset");
        assertBad("/api/v1/stories?order=oldest", "order must be one of newest, largest");
        assertBad("/api/v1/stories?since=13.03.2025", "since must be a date as YYYY-MM-DD");
        assertBad("/api/v1/search?q=x&from=2025-03-20&to=2025-03-01", "from (2025-03-20) is after to (2025-03-01)");
        assertBad("/api/v1/search?q=" + "a".repeat(600), "q is longer than 500 characters");
        assertEquals(400, http.get("/?from=yesterday").statusCode(), "the web UI checks the same way");
    }

    @Test
    void wrongMethodIs405WithAllow() {
        HttpResponse<String> delete = http.method("DELETE", "/api/v1/stories/" + bridge.id());
        assertEquals(405, delete.statusCode());
        assertEquals("GET", delete.headers().firstValue("Allow").orElseThrow());
        assertTrue(Http.json(delete).get("error").get("message").asText().contains("DELETE is not allowed"));
        HttpResponse<String> get = http.get("/api/v1/ingest");
        assertEquals(405, get.statusCode());
        assertEquals("POST", get.headers().firstValue("Allow").orElseThrow());
        assertEquals(405, http.post("/api/v1/stories", "application/json", new byte[0]).statusCode());
    }

    @Test
    void ingestReadsTheBodyAsTheFormatItNames() {
        int before = ingested.size();
        String text = "Ferry service resumes in Port Marren\n\nThe ferry between Port Marren and Ostra Island resumed on "
                + "Monday after a week of storms, the harbour office said.";
        JsonNode receipt = Http.json(ok(http.post("/api/v1/ingest?name=ferry-0317.txt", "text/plain",
                text.getBytes(StandardCharsets.UTF_8))));
        assertEquals(1, receipt.get("received").asInt());
        assertEquals(List.of("s-new"), texts(receipt.get("stories")));
        Source source = ingested.get(before).getFirst();
        assertEquals("ferry-0317", source.id());
        assertTrue(source.body().contains("resumed on Monday"));

        String jsonl = """
                {"id": "rm-1", "title": "Council meets on bridges", "maintext": "The city council met in an emergency session on Friday to discuss inspections of the city's bridges.", "source_domain": "radiomarren.example"}
                {"id": "rm-2", "title": "Divers end search", "maintext": "Divers ended their search of the Ostra river on Thursday afternoon and found nobody else.", "source_domain": "radiomarren.example"}
                not json at all
                """;
        JsonNode lines = Http.json(ok(http.post("/api/v1/ingest", "application/x-ndjson", jsonl.getBytes(StandardCharsets.UTF_8))));
        assertEquals(2, lines.get("received").asInt());
        assertEquals(List.of("rm-1", "rm-2"), ingested.get(before + 1).stream().map(Source::id).toList());
        JsonNode problem = lines.get("problems").get(0);
        assertTrue(problem.get("origin").asText().startsWith("request body"), problem.toString());
        assertFalse(problem.toString().contains("chorus-ingest-"), "the temp path stays private: " + problem);
    }

    @Test
    void ingestRefusals() {
        HttpResponse<String> type = http.post("/api/v1/ingest", "image/png", new byte[] {1, 2, 3});
        assertEquals(415, type.statusCode());
        assertTrue(Http.json(type).get("error").get("message").asText().contains("unsupported content type 'image/png'"));
        assertEquals(415, http.post("/api/v1/ingest?name=photo.png", "application/octet-stream", new byte[] {1}).statusCode());
        assertEquals(400, http.post("/api/v1/ingest?name=..%2F..%2Fetc%2Fcron.txt", "text/plain",
                "x".getBytes(StandardCharsets.UTF_8)).statusCode());

        HttpResponse<String> big = http.post("/api/v1/ingest?name=big.txt", "text/plain", new byte[(int) LIMIT + 1]);
        assertEquals(413, big.statusCode());
        assertTrue(Http.json(big).get("error").get("message").asText().contains("over the limit of 65536 bytes"));

        HttpResponse<String> empty = http.post("/api/v1/ingest", "text/plain", "   \n".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, empty.statusCode());
        assertEquals("no article in the body", Http.json(empty).get("error").get("message").asText());

        HttpResponse<String> cross = http.send(HttpRequest.newBuilder(http.uri("/api/v1/ingest"))
                .header("Content-Type", "text/plain").header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("Some article text that is long enough to be read.")));
        assertEquals(403, cross.statusCode());
    }

    @Test
    void aReadOnlyServerAnswersIngestWith501() {
        try (ChorusServer readOnly = ChorusServer.start(new DigestStore(Fixtures.examples()), null, "127.0.0.1", 0)) {
            HttpResponse<String> response = new Http(readOnly.url()).post("/api/v1/ingest", "text/plain",
                    "A short article.".getBytes(StandardCharsets.UTF_8));
            assertEquals(501, response.statusCode());
            assertTrue(Http.json(response).get("error").get("message").asText().contains("chorus serve --data DIR"));
        }
    }

    @Test
    void openApiNamesEveryRouteAndNoOther() {
        JsonNode doc = Http.json(ok(http.get("/api/v1/openapi.json")));
        assertTrue(doc.get("openapi").asText().startsWith("3."));
        List<String> documented = new ArrayList<>();
        doc.get("paths").properties().forEach(path -> path.getValue().properties()
                .forEach(op -> documented.add(op.getKey().toUpperCase() + " " + path.getKey())));
        List<String> routes = ChorusServer.routes(Fixtures.store(), null, LIMIT, new ResponseCache(() -> 0, 0)).stream()
                .map(r -> r.method().text() + " " + r.openApiPath()).toList();
        assertEquals(routes.stream().sorted().toList(), documented.stream().sorted().toList());
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        for (String path : List.of("/", "/api/v1/stories", "/api/v1/stories/nope")) {
            HttpResponse<String> response = http.get(path);
            assertEquals(ChorusServer.CSP, response.headers().firstValue("Content-Security-Policy").orElse(null), path);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null), path);
        }
    }

    private static void assertBad(String path, String message) {
        HttpResponse<String> response = http.get(path);
        assertEquals(400, response.statusCode(), path + ": " + response.body());
        String actual = Http.json(response).get("error").get("message").asText();
        assertTrue(actual.contains(message), path + ": " + actual);
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return response;
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
