package dev.chorus.server;

import dev.chorus.store.StoryStore;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * {@code chorus serve}: the REST API under {@code /api/v1} and the web UI, over a {@link StoryStore}, on
 * Helidon SE's web server (a virtual thread per request). Every response carries a strict Content-Security-Policy
 * (no script, nothing from other origins), so even a missed escape could not run anything.
 */
public final class ChorusServer implements AutoCloseable {

    /** Largest request body accepted (an ingest of many articles at once): 16 MiB. */
    public static final long MAX_BODY_BYTES = 16L * 1024 * 1024;

    /** Rendered responses kept by default: 128 MiB, some hundreds of the largest story pages. */
    public static final long DEFAULT_CACHE_BYTES = 128L * 1024 * 1024;

    static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
            + "base-uri 'none'; frame-ancestors 'none'";

    /**
     * Helidon logs each start and stop at INFO through java.util.logging; the command prints its own line, so
     * only warnings are let through. Its server class also logs a failed start (a port in use) with a stack
     * trace; {@link #start} reports that in one line instead. Held here because JUL keeps loggers weakly.
     */
    private static final Logger HELIDON_LOG = Logger.getLogger("io.helidon");
    private static final Logger HELIDON_SERVER_LOG = Logger.getLogger("io.helidon.webserver.LoomServer");

    static {
        HELIDON_LOG.setLevel(Level.WARNING);
        HELIDON_SERVER_LOG.setLevel(Level.OFF);
    }

    private final WebServer server;
    private final String host;

    private ChorusServer(WebServer server, String host) {
        this.server = server;
        this.host = host;
    }

    /**
     * Starts serving.
     *
     * @param ingest       where {@code POST /api/v1/ingest} stores articles, or null when the store is read-only
     * @param host         address to bind, e.g. 127.0.0.1
     * @param port         port, or 0 for any free one ({@link #port()} tells which)
     * @param maxBodyBytes the largest request body accepted; larger ones get 413
     * @param cacheBytes   the most bytes of rendered GET responses kept ({@link ResponseCache}); 0 keeps none
     * @throws IllegalStateException when the server cannot listen there
     */
    public static ChorusServer start(StoryStore store, Ingest ingest, String host, int port, long maxBodyBytes,
                                     long cacheBytes) {
        List<Route> routes = routes(store, ingest, maxBodyBytes, new ResponseCache(store::version, cacheBytes));
        WebServer server = WebServer.builder()
                .host(host)
                .port(port)
                // a backstop above the handlers' own limit, which answers in JSON
                .maxPayloadSize(maxBodyBytes * 2)
                // without it, a response written in more than one segment waits ~40 ms for the client's delayed
                // ACK (Nagle): measured as a flat 44 ms p50 on story pages in bench/serve-load.sh
                .connectionOptions(socket -> socket.tcpNoDelay(true))
                .routing(routing -> routing(routing, routes))
                .build()
                .start();
        if (!server.isRunning() || server.port() < 0) {
            server.stop();
            throw new IllegalStateException("cannot listen on " + host + ":" + port
                    + " (address in use, or not an address of this machine)");
        }
        return new ChorusServer(server, host);
    }

    public static ChorusServer start(StoryStore store, Ingest ingest, String host, int port, long maxBodyBytes) {
        return start(store, ingest, host, port, maxBodyBytes, DEFAULT_CACHE_BYTES);
    }

    public static ChorusServer start(StoryStore store, Ingest ingest, String host, int port) {
        return start(store, ingest, host, port, MAX_BODY_BYTES, DEFAULT_CACHE_BYTES);
    }

    public int port() {
        return server.port();
    }

    /** The address to open, e.g. {@code http://127.0.0.1:8080/}. */
    public String url() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + h + ":" + port() + "/";
    }

    @Override
    public void close() {
        server.stop();
    }

    /** Every route, API first; the routing and the OpenAPI test both read this list. */
    static List<Route> routes(StoryStore store, Ingest ingest, long maxBodyBytes, ResponseCache cache) {
        ApiHandlers api = new ApiHandlers(store, ingest, maxBodyBytes);
        WebHandlers web = new WebHandlers(store);
        return List.of(
                new Route(Method.GET, "/api/v1/stories", cache.handler(api::stories)),
                new Route(Method.GET, "/api/v1/stories/{+id}", cache.handler(api::story, storyVersion(store))),
                new Route(Method.GET, "/api/v1/articles/{+id}", cache.handler(api::article)),
                new Route(Method.GET, "/api/v1/search", cache.handler(api::search)),
                new Route(Method.POST, "/api/v1/ingest", api::ingest),
                new Route(Method.GET, "/api/v1/openapi.json", api::openApi),
                new Route(Method.GET, "/", cache.handler(web::list)),
                new Route(Method.GET, "/stories/{+id}", cache.handler(web::story, storyVersion(store))),
                new Route(Method.GET, "/articles/{+id}", cache.handler(web::article)),
                new Route(Method.GET, "/static/chorus.css", web::css));
    }

    /** The version of the story a request names, for keeping its answer across ingests that leave it alone. */
    private static Function<ServerRequest, OptionalLong> storyVersion(StoryStore store) {
        return req -> {
            try {
                return store.storyVersion(ApiHandlers.id(req));
            } catch (ApiError e) {
                return OptionalLong.empty(); // a bad id: the handler answers it, and errors are not kept
            }
        };
    }

    private static void routing(HttpRouting.Builder routing, List<Route> routes) {
        routing.addFilter((chain, req, res) -> {
            res.header(HeaderNames.X_CONTENT_TYPE_OPTIONS, "nosniff");
            res.header("Referrer-Policy", "no-referrer");
            res.header("Content-Security-Policy", CSP);
            res.header("X-Frame-Options", "DENY");
            chain.proceed();
        });
        for (Route route : routes) {
            routing.route(route.method(), route.path(), route.handler());
        }
        // a known path with another method: 405 with Allow, after the real handlers so they match first
        Map<String, List<Route>> byPath = routes.stream()
                .collect(Collectors.groupingBy(Route::path, LinkedHashMap::new, Collectors.toList()));
        byPath.forEach((path, same) -> {
            String allow = same.stream().map(r -> r.method().text()).collect(Collectors.joining(", "));
            routing.any(path, (req, res) -> {
                res.header(HeaderNames.ALLOW, allow);
                throw new ApiError(405, req.prologue().method().text() + " is not allowed here; use " + allow);
            });
        });
        routing.any((req, res) -> {
            throw ApiError.notFound("no such page: " + Params.shorten(req.path().path()));
        });
        routing.error(ApiError.class, (req, res, e) -> refuse(req, res, e.status(), e.getMessage()));
        routing.error(Exception.class, (req, res, e) -> {
            System.err.println("chorus: internal error on " + req.prologue().method().text() + " "
                    + req.path().path() + ": " + e);
            if (System.getenv("CHORUS_DEBUG") != null) {
                e.printStackTrace();
            }
            refuse(req, res, 500, "internal error");
        });
    }

    /** The error answer: JSON under /api, a short HTML page elsewhere. */
    private static void refuse(ServerRequest req, ServerResponse res, int status, String message) {
        res.status(Status.create(status));
        if (req.path().path().startsWith("/api/")) {
            Rendered.json(Json.error(status, message)).send(res);
        } else {
            Rendered.html(Page.error(status, message)).send(res);
        }
    }
}
