package dev.chorus.server;

import dev.chorus.model.Article;
import dev.chorus.model.Story;
import dev.chorus.store.StoryStore;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResponseCacheTest {

    /** The fixture store, counting story lookups, with a version the test moves. */
    static final class CountingStore implements StoryStore {
        final StoryStore inner = Fixtures.store();
        final AtomicInteger storyLookups = new AtomicInteger();
        final AtomicLong version = new AtomicLong(7);
        /** The version every story has, or -1 for none known (then the store's version counts). */
        final AtomicLong storyVersion = new AtomicLong(-1);

        @Override
        public java.util.OptionalLong storyVersion(String id) {
            long v = storyVersion.get();
            return v < 0 || inner.story(id).isEmpty() ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(v);
        }

        @Override
        public Optional<Article> article(String id) {
            return inner.article(id);
        }

        @Override
        public Optional<Story> story(String id) {
            storyLookups.incrementAndGet();
            return inner.story(id);
        }

        @Override
        public Optional<String> storyOf(String articleId) {
            return inner.storyOf(articleId);
        }

        @Override
        public List<StoryCard> stories(StoryListing listing) {
            return inner.stories(listing);
        }

        @Override
        public SearchResult search(SearchQuery query) {
            return inner.search(query);
        }

        @Override
        public Counts counts() {
            return inner.counts();
        }

        @Override
        public long version() {
            return version.get();
        }

        @Override
        public void close() {
        }
    }

    private static String storyPath() {
        return Html.path("/stories/", Fixtures.examples().stories().getFirst().id());
    }

    @Test
    void rendersAPageOncePerStoreVersion() {
        CountingStore store = new CountingStore();
        try (ChorusServer server = ChorusServer.start(store, null, "127.0.0.1", 0, 1024, 1 << 20)) {
            Http http = new Http(server.url());
            HttpResponse<String> first = http.get(storyPath());
            HttpResponse<String> second = http.get(storyPath());
            assertEquals(200, second.statusCode());
            assertEquals(first.body(), second.body());
            assertEquals(1, store.storyLookups.get(), "the second request is answered from the cache");
            assertEquals(first.headers().firstValue("ETag"), second.headers().firstValue("ETag"));

            http.get(storyPath() + "?claims=all");
            assertEquals(2, store.storyLookups.get(), "another query string is another page");

            store.version.incrementAndGet();
            http.get(storyPath());
            assertEquals(3, store.storyLookups.get(), "a new store version renders afresh");
        }
    }

    @Test
    void aStoryPageIsKeptAcrossIngestsThatLeaveTheStoryAlone() {
        CountingStore store = new CountingStore();
        store.storyVersion.set(3);
        try (ChorusServer server = ChorusServer.start(store, null, "127.0.0.1", 0, 1024, 1 << 20)) {
            Http http = new Http(server.url());
            String api = Html.path("/api/v1/stories/", Fixtures.examples().stories().getFirst().id());
            HttpResponse<String> page = http.get(storyPath());
            http.get(api);
            assertEquals(2, store.storyLookups.get());

            store.version.incrementAndGet(); // an ingest wrote other stories
            assertEquals(page.body(), http.get(storyPath()).body());
            http.get(api);
            assertEquals(2, store.storyLookups.get(), "page and JSON are still the story's own version");
            http.get("/api/v1/stories");
            http.get("/api/v1/stories");
            assertEquals(2, store.storyLookups.get(), "listings need no story lookup");

            store.storyVersion.set(4); // an ingest rewrote this story
            http.get(storyPath());
            http.get(api);
            assertEquals(4, store.storyLookups.get(), "the story's new version renders afresh");
            assertEquals(404, http.get("/stories/no-such-story").statusCode());
        }
    }

    @Test
    void answersNotModifiedToTheSameEntityTag() {
        try (ChorusServer server = ChorusServer.start(new CountingStore(), null, "127.0.0.1", 0, 1024, 1 << 20)) {
            Http http = new Http(server.url());
            HttpResponse<String> page = http.get(storyPath());
            String etag = page.headers().firstValue("ETag").orElseThrow();
            assertEquals("no-cache", page.headers().firstValue("Cache-Control").orElseThrow());

            HttpResponse<String> again = http.send(HttpRequest.newBuilder(http.uri(storyPath()))
                    .header("If-None-Match", "\"other\", " + etag));
            assertEquals(304, again.statusCode());
            assertTrue(again.body().isEmpty());

            HttpResponse<String> stale = http.send(HttpRequest.newBuilder(http.uri(storyPath()))
                    .header("If-None-Match", "\"0-0\""));
            assertEquals(200, stale.statusCode());
            assertEquals(page.body(), stale.body());
        }
    }

    @Test
    void keepsNoErrorAndNothingWhenDisabled() {
        CountingStore store = new CountingStore();
        try (ChorusServer server = ChorusServer.start(store, null, "127.0.0.1", 0, 1024, 1 << 20)) {
            Http http = new Http(server.url());
            assertEquals(404, http.get("/stories/no-such-story").statusCode());
            assertEquals(404, http.get("/stories/no-such-story").statusCode());
            assertEquals(2, store.storyLookups.get(), "a 404 is not kept");
        }
        CountingStore uncached = new CountingStore();
        try (ChorusServer server = ChorusServer.start(uncached, null, "127.0.0.1", 0, 1024, 0)) {
            Http http = new Http(server.url());
            HttpResponse<String> first = http.get(storyPath());
            HttpResponse<String> second = http.get(storyPath());
            assertEquals(first.body(), second.body());
            assertEquals(2, uncached.storyLookups.get());
            assertEquals(first.headers().firstValue("ETag"), second.headers().firstValue("ETag"),
                    "the tag depends on the bytes, not on the cache");
        }
    }

    @Test
    void keepsNothingLargerThanItsBudget() {
        CountingStore store = new CountingStore();
        // every story page is larger than 2 KB
        try (ChorusServer server = ChorusServer.start(store, null, "127.0.0.1", 0, 1024, 2048)) {
            Http http = new Http(server.url());
            assertTrue(http.get(storyPath()).body().length() > 2048);
            http.get(storyPath());
            assertEquals(2, store.storyLookups.get());
        }
    }

    @Test
    void matchesEntityTagListsWeakTagsAndAnyTag() {
        assertTrue(ResponseCache.matches("\"a-1\"", "\"a-1\""));
        assertTrue(ResponseCache.matches("\"x\", W/\"a-1\"", "\"a-1\""));
        assertTrue(ResponseCache.matches("*", "\"a-1\""));
        assertFalse(ResponseCache.matches("\"a-2\"", "\"a-1\""));
        assertFalse(ResponseCache.matches("a-1", "\"a-1\""));
        assertNotEquals(Rendered.json(new byte[]{1}).etag(), Rendered.json(new byte[]{2}).etag());
    }
}
