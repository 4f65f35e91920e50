package dev.chorus.server;

import dev.chorus.json.ContractJson;
import dev.chorus.model.Article;
import dev.chorus.model.Problem;
import dev.chorus.model.Source;
import dev.chorus.model.Story;
import dev.chorus.read.SourceReader;
import dev.chorus.store.StoryStore;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** The JSON API under {@code /api/v1}; the routes are listed in {@link ChorusServer#routes}. */
final class ApiHandlers {

    /** Longest id looked up; longer ones cannot be stored ids and get 404 at once. */
    static final int MAX_ID_CHARS = 512;
    private static final int DEFAULT_LIMIT = 20;

    private final StoryStore store;
    private final Ingest ingest;
    private final long maxBodyBytes;
    private final byte[] openApi;

    ApiHandlers(StoryStore store, Ingest ingest, long maxBodyBytes) {
        this.store = Objects.requireNonNull(store, "store");
        this.ingest = ingest;
        this.maxBodyBytes = maxBodyBytes;
        try (InputStream in = ApiHandlers.class.getResourceAsStream("openapi.json")) {
            this.openApi = Objects.requireNonNull(in, "openapi.json resource").readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Rendered stories(ServerRequest req) {
        Params params = new Params(req.query());
        StoryStore.StoryListing.Order order = "largest".equals(params.choice("order", "newest", "largest"))
                ? StoryStore.StoryListing.Order.LARGEST : StoryStore.StoryListing.Order.NEWEST;
        int limit = params.limit(DEFAULT_LIMIT);
        int offset = params.offset();
        List<StoryStore.StoryCard> cards = store.stories(new StoryStore.StoryListing(order, params.date("since"),
                offset, limit));
        StoryStore.Counts counts = store.counts();
        return Rendered.json(Json.bytes(json -> {
            json.writeStartObject();
            json.writeArrayFieldStart("stories");
            for (StoryStore.StoryCard card : cards) {
                ContractJson.card(card, json);
            }
            json.writeEndArray();
            json.writeNumberField("offset", offset);
            json.writeNumberField("limit", limit);
            json.writeObjectFieldStart("counts");
            json.writeNumberField("stories", counts.stories());
            json.writeNumberField("articles", counts.articles());
            json.writeEndObject();
            json.writeEndObject();
        }));
    }

    Rendered story(ServerRequest req) {
        String id = id(req);
        Story story = store.story(id).orElseThrow(() -> ApiError.notFound("no story with id '" + Params.shorten(id) + "'"));
        return Rendered.json(Json.bytes(json -> ContractJson.story(story, json)));
    }

    Rendered article(ServerRequest req) {
        String id = id(req);
        Article article = store.article(id)
                .orElseThrow(() -> ApiError.notFound("no article with id '" + Params.shorten(id) + "'"));
        String storyId = store.storyOf(id).orElse(null);
        return Rendered.json(Json.bytes(json -> {
            json.writeStartObject();
            json.writeStringField("story", storyId);
            json.writeFieldName("article");
            ContractJson.article(article, json, true);
            json.writeEndObject();
        }));
    }

    Rendered search(ServerRequest req) {
        Params params = new Params(req.query());
        LocalDate from = params.date("from");
        LocalDate to = params.date("to");
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiError.badRequest("from (" + from + ") is after to (" + to + ")");
        }
        StoryStore.SearchQuery query = new StoryStore.SearchQuery(params.text("q"), params.text("outlet"),
                params.text("entity"), params.text("language"), from, to, params.offset(), params.limit(DEFAULT_LIMIT));
        StoryStore.SearchResult result = store.search(query);
        return Rendered.json(Json.bytes(json -> ContractJson.search(result, json)));
    }

    void ingest(ServerRequest req, ServerResponse res) {
        refuseCrossOrigin(req);
        if (ingest == null) {
            throw new ApiError(501, "this server is read-only (its stories were digested at start); "
                    + "ingest needs a store: chorus serve --data DIR");
        }
        String fileName = null;
        long declared = req.headers().contentLength().orElse(-1);
        if (declared > maxBodyBytes) {
            throw tooLarge();
        }
        byte[] body = body(req);
        fileName = IngestBody.fileName(new Params(req.query()).text("name"),
                req.headers().first(HeaderNames.CONTENT_TYPE).orElse(null), body);
        SourceReader.Result read = IngestBody.read(body, fileName, "request body (" + fileName + ")");
        List<Source> sources = read.sources();
        List<Problem> problems = read.problems();
        if (sources.isEmpty()) {
            res.status(Status.BAD_REQUEST_400);
            Rendered.json(Json.bytes(json -> {
                json.writeStartObject();
                json.writeObjectFieldStart("error");
                json.writeNumberField("status", 400);
                json.writeStringField("message", "no article in the body");
                json.writeEndObject();
                ContractJson.problems(problems, json);
                json.writeEndObject();
            })).send(res);
            return;
        }
        Ingest.Receipt receipt = ingest.ingest(sources);
        Rendered.json(Json.bytes(json -> {
            json.writeStartObject();
            json.writeNumberField("received", sources.size());
            json.writeNumberField("stored", receipt.stored());
            json.writeNumberField("alreadyStored", receipt.alreadyStored());
            ContractJson.strings(json, "stories", receipt.stories());
            ContractJson.problems(problems, json);
            json.writeEndObject();
        })).send(res);
    }

    void openApi(ServerRequest req, ServerResponse res) {
        Rendered.json(openApi).send(res);
    }

    /** The body, refusing with 413 past the limit even when no Content-Length announced it (chunked). */
    private byte[] body(ServerRequest req) {
        try (InputStream in = req.content().inputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
            if (body.length > maxBodyBytes) {
                throw tooLarge();
            }
            return body;
        } catch (IOException e) {
            throw ApiError.badRequest("could not read the request body: " + e.getMessage());
        }
    }

    private ApiError tooLarge() {
        return new ApiError(413, "request body over the limit of " + maxBodyBytes + " bytes; send fewer articles at once");
    }

    /**
     * A browser sends {@code Origin} with a cross-site POST; a page elsewhere must not be able to feed this store
     * through the reader's browser (plain-text bodies need no CORS preflight).
     */
    private static void refuseCrossOrigin(ServerRequest req) {
        String origin = req.headers().first(HeaderNames.ORIGIN).orElse(null);
        if (origin == null) {
            return;
        }
        String host = req.headers().first(HeaderNames.HOST).orElse("");
        try {
            URI uri = URI.create(origin);
            if (uri.getAuthority() != null && uri.getAuthority().equalsIgnoreCase(host)) {
                return;
            }
        } catch (IllegalArgumentException e) {
            // not a URI: refused below
        }
        throw new ApiError(403, "cross-origin ingest refused (Origin " + Params.shorten(origin) + ")");
    }

    /** The {@code id} path parameter; an id too long to be stored is unknown at once. */
    static String id(ServerRequest req) {
        String id = req.path().pathParameters().get("id");
        if (id.length() > MAX_ID_CHARS) {
            throw ApiError.notFound("no such id (over " + MAX_ID_CHARS + " characters)");
        }
        return id;
    }
}
