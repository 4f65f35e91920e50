package dev.chorus.server;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;

import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Keeps rendered GET responses, so a story page read by many people is rendered once per version of the store.
 * The key is the store's version with the request's raw path and query: once an ingest lands, the version
 * changes and every later request renders afresh, while entries of older versions are evicted as the least
 * recently used. Bounded by the bytes of the bodies it holds (Caffeine's size-based eviction).
 *
 * <p>A route about one story can name a version of its own ({@link #handler(Renderer, Function)}): the story's
 * page is then kept across ingests that do not touch the story, which under a steady intake is most of them
 * (each batch changes a few hundred stories of thousands), instead of being rendered again after every batch.
 *
 * <p>Every answer carries an {@code ETag} and {@code Cache-Control: no-cache}: a browser keeps the page but asks
 * each time, and gets {@code 304 Not Modified} with no body while the page is unchanged.
 *
 * <p>Two requests that miss at once both render; holding one back until the other finishes would make the
 * cache's map wait on rendering, which takes far longer than a lookup.
 */
final class ResponseCache {

    /** Produces the response for a GET request; may throw {@link ApiError}, which is never cached. */
    @FunctionalInterface
    interface Renderer {
        Rendered render(ServerRequest req);
    }

    /** Bookkeeping per entry beyond the body: key, tag and the cache's own node, roughly. */
    private static final int ENTRY_OVERHEAD = 256;

    private final LongSupplier version;
    private final Cache<String, Rendered> cache;
    private final long maxBytes;

    /**
     * @param version  the store's version: equal numbers must mean equal answers
     * @param maxBytes the most body bytes kept; 0 keeps nothing (every request renders)
     */
    ResponseCache(LongSupplier version, long maxBytes) {
        this.version = version;
        this.maxBytes = maxBytes;
        this.cache = maxBytes <= 0 ? null : Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String key, Rendered r) -> (int) Math.min(Integer.MAX_VALUE, weight(key, r)))
                .build();
    }

    /** A handler answering with {@code renderer}'s response, rendered at most once per key while it is kept. */
    Handler handler(Renderer renderer) {
        return handler(renderer, req -> OptionalLong.empty());
    }

    /**
     * A handler as {@link #handler(Renderer)} whose answers are kept under {@code ownVersion} of the request when
     * it gives one (a number that changes whenever the answer would), else under the store's version.
     */
    Handler handler(Renderer renderer, Function<ServerRequest, OptionalLong> ownVersion) {
        return (req, res) -> {
            Rendered rendered = get(req, renderer, ownVersion);
            res.header(HeaderNames.ETAG, rendered.etag());
            res.header(HeaderNames.CACHE_CONTROL, "no-cache");
            if (req.headers().first(HeaderNames.IF_NONE_MATCH).map(tags -> matches(tags, rendered.etag())).orElse(false)) {
                res.status(Status.NOT_MODIFIED_304);
                res.send();
                return;
            }
            rendered.send(res);
        };
    }

    /** How many responses are kept now (after pending evictions). */
    long size() {
        if (cache == null) {
            return 0;
        }
        cache.cleanUp();
        return cache.estimatedSize();
    }

    private Rendered get(ServerRequest req, Renderer renderer, Function<ServerRequest, OptionalLong> ownVersion) {
        if (cache == null) {
            return renderer.render(req);
        }
        OptionalLong own = ownVersion.apply(req);
        String key = (own.isPresent() ? "own " + own.getAsLong() : Long.toString(version.getAsLong())) + " "
                + req.path().rawPath() + "?" + req.query().rawValue();
        Rendered rendered = cache.getIfPresent(key);
        if (rendered == null) {
            rendered = renderer.render(req);
            // Caffeine would take it and evict it later, on another thread: meanwhile it would be served
            if (weight(key, rendered) <= maxBytes) {
                cache.put(key, rendered);
            }
        }
        return rendered;
    }

    private static long weight(String key, Rendered r) {
        return (long) r.body().length + 2L * key.length() + ENTRY_OVERHEAD;
    }

    /** Whether an {@code If-None-Match} value ({@code *} or a list of tags, maybe weak) names {@code etag}. */
    static boolean matches(String ifNoneMatch, String etag) {
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*") || t.equals(etag) || (t.startsWith("W/") && t.substring(2).equals(etag))) {
                return true;
            }
        }
        return false;
    }
}
