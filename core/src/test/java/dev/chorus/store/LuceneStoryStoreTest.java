package dev.chorus.store;

import dev.chorus.cluster.StoryClusterer;
import dev.chorus.pipeline.IngestPipeline;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading a store: search with filters and facets, listings, and the errors of opening one. */
class LuceneStoryStoreTest {

    private static final LocalDate START = LocalDate.of(2025, 2, 3);

    @TempDir
    static Path tmp;
    static List<NewsFeed.Item> feed;
    static LuceneStoryStore store;

    @BeforeAll
    static void ingest() {
        feed = NewsFeed.generate(13, 16, START);
        Path file = NewsFeed.write(feed, tmp.resolve("feed.jsonl"));
        try (LuceneStoryStore writer = LuceneStoryStore.openForWriting(tmp.resolve("data"))) {
            new IngestPipeline(writer, new StoryClusterer(), 60, 25).ingest(List.of(file), p -> { }, c -> { });
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        store = LuceneStoryStore.openForReading(tmp.resolve("data"));
    }

    @AfterAll
    static void close() throws IOException {
        store.close();
    }

    @Test
    void searchFindsTheStoryOfAnEventByItsTownWithFacetsOverEveryMatch() {
        NewsFeed.Item item = feed.get(0);
        String town = item.title().split(" ")[item.title().startsWith("River") ? 1 : 0];
        List<NewsFeed.Item> naming = feed.stream().filter(i -> (i.title() + " " + i.text()).contains(town)).toList();

        StoryStore.SearchResult result = store.search(StoryStore.SearchQuery.of(town.toLowerCase(Locale.ROOT), 10));
        assertEquals(store.storyOf(item.id()).orElseThrow(), result.hits().get(0).story().id());
        assertTrue(result.hits().get(0).snippet().contains(town) || result.hits().get(0).articleTitle().contains(town));
        assertEquals(naming.stream().map(i -> store.storyOf(i.id()).orElseThrow()).distinct().count(), result.total());
        Map<String, Long> outlets = naming.stream().collect(Collectors.groupingBy(NewsFeed.Item::outlet, Collectors.counting()));
        assertEquals(outlets, result.facets().get("outlet").stream()
                .collect(Collectors.toMap(StoryStore.FacetCount::value, StoryStore.FacetCount::count)));
        assertEquals(List.of(new StoryStore.FacetCount("en", naming.size())), result.facets().get("language"));
    }

    @Test
    void filtersNarrowTheMatchingArticles() {
        NewsFeed.Item item = feed.get(0);
        long fromOutlet = feed.stream().filter(i -> i.outlet().equals(item.outlet())).count();
        StoryStore.SearchResult byOutlet = store.search(new StoryStore.SearchQuery("", item.outlet().toUpperCase(Locale.ROOT),
                null, null, null, null, 0, 100));
        assertEquals(fromOutlet, byOutlet.facets().get("outlet").get(0).count(), "outlet filter ignores case");
        assertEquals(1, byOutlet.facets().get("outlet").size());

        LocalDate day = item.published();
        long thatDay = feed.stream().filter(i -> i.published().equals(day)).count();
        StoryStore.SearchResult byDate = store.search(new StoryStore.SearchQuery("", null, null, null, day, day, 0, 100));
        assertEquals(thatDay, byDate.facets().get("language").get(0).count());

        String entity = store.search(StoryStore.SearchQuery.of("", 1)).facets().get("entity").get(0).value();
        StoryStore.SearchResult byEntity = store.search(new StoryStore.SearchQuery("", null, entity, null, null, null, 0, 100));
        assertTrue(byEntity.total() >= 1);
        for (StoryStore.SearchHit hit : byEntity.hits()) {
            assertTrue(store.story(hit.story().id()).orElseThrow().entities().stream().anyMatch(e -> e.name().equals(entity)));
        }
        assertEquals(0, store.search(new StoryStore.SearchQuery("", "No Such Outlet", null, null, null, null, 0, 10)).total());
    }

    @Test
    void everyQueryWordMustMatchAndPhrasesMatchAsPhrases() {
        NewsFeed.Item item = feed.get(0);
        String[] title = item.title().split(" ");
        String phrase = "\"" + title[title.length - 2] + " " + title[title.length - 1] + "\"";
        StoryStore.SearchResult hits = store.search(StoryStore.SearchQuery.of(phrase, 50));
        assertTrue(hits.hits().stream().anyMatch(h -> h.story().id().equals(store.storyOf(item.id()).orElseThrow())));
        assertEquals(0, store.search(StoryStore.SearchQuery.of(title[0] + " zeppelin", 10)).total());
        assertEquals(0, store.search(StoryStore.SearchQuery.of("!!!", 10)).total());
    }

    @Test
    void listingsComeNewestOrLargestFirst() {
        List<StoryStore.StoryCard> newest = store.stories(StoryStore.StoryListing.newest(1000));
        assertEquals(store.counts().stories(), newest.size());
        List<LocalDate> dates = newest.stream().map(c -> date(c)).toList();
        assertEquals(dates.stream().sorted(Comparator.reverseOrder()).toList(), dates);

        List<StoryStore.StoryCard> largest = store.stories(new StoryStore.StoryListing(
                StoryStore.StoryListing.Order.LARGEST, null, 0, 3));
        assertEquals(3, largest.size());
        int biggest = newest.stream().mapToInt(StoryStore.StoryCard::articleCount).max().orElseThrow();
        assertEquals(biggest, largest.get(0).articleCount());

        LocalDate since = dates.get(dates.size() / 2);
        List<StoryStore.StoryCard> recent = store.stories(new StoryStore.StoryListing(
                StoryStore.StoryListing.Order.NEWEST, since, 0, 1000));
        assertEquals(dates.stream().filter(d -> !d.isBefore(since)).count(), recent.size());
        assertEquals(newest.subList(2, 4), store.stories(new StoryStore.StoryListing(
                StoryStore.StoryListing.Order.NEWEST, null, 2, 2)));
    }

    @Test
    void aListingAfterACommitShowsTheNewStoriesAndTheVersionMoves() throws IOException {
        try (LuceneStoryStore writer = LuceneStoryStore.openForWriting(tmp.resolve("growing"))) {
            IngestPipeline pipeline = pipeline(writer);
            pipeline.ingest(List.of(half(0)), p -> { }, c -> { });
            long before = writer.version();
            List<StoryStore.StoryCard> early = writer.stories(StoryStore.StoryListing.newest(1000));
            assertEquals(writer.counts().stories(), early.size());
            assertEquals(before, writer.version(), "reading does not move the version");

            pipeline.ingest(List.of(half(1)), p -> { }, c -> { });
            assertTrue(writer.version() > before);
            List<StoryStore.StoryCard> later = writer.stories(StoryStore.StoryListing.newest(1000));
            assertEquals(writer.counts().stories(), later.size());
            assertEquals(store.stories(StoryStore.StoryListing.newest(1000)).stream().map(StoryStore.StoryCard::date).toList(),
                    later.stream().map(StoryStore.StoryCard::date).toList(), "the same dates as the store fed at once");
        }
    }

    @Test
    void aStorysVersionMovesOnlyWithTheCommitsThatRewriteIt() throws IOException {
        try (LuceneStoryStore writer = LuceneStoryStore.openForWriting(tmp.resolve("versions"))) {
            IngestPipeline pipeline = pipeline(writer);
            pipeline.ingest(List.of(half(0)), p -> { }, c -> { });
            Map<String, List<String>> membersBefore = members(writer);
            Map<String, Long> versionsBefore = new java.util.HashMap<>();
            membersBefore.keySet().forEach(id -> versionsBefore.put(id, writer.storyVersion(id).orElseThrow()));

            pipeline.ingest(List.of(half(1)), p -> { }, c -> { });
            Map<String, List<String>> membersAfter = members(writer);
            int kept = 0;
            int rewritten = 0;
            for (Map.Entry<String, List<String>> story : membersBefore.entrySet()) {
                if (!membersAfter.containsKey(story.getKey())) {
                    continue;
                }
                long after = writer.storyVersion(story.getKey()).orElseThrow();
                if (membersAfter.get(story.getKey()).equals(story.getValue())) {
                    assertEquals(versionsBefore.get(story.getKey()), after, "untouched story " + story.getKey());
                    kept++;
                } else {
                    assertTrue(after > versionsBefore.get(story.getKey()), "grown story " + story.getKey());
                    rewritten++;
                }
            }
            assertTrue(kept > 0 && rewritten > 0, kept + " stories kept, " + rewritten + " rewritten");
            assertTrue(writer.storyVersion("no-such-story").isEmpty());
        }
    }

    /** The feed's first (0) or second (1) half as a file. */
    private static Path half(int which) {
        List<NewsFeed.Item> items = which == 0 ? feed.subList(0, feed.size() / 2) : feed.subList(feed.size() / 2, feed.size());
        Path file = tmp.resolve("half-" + which + ".jsonl");
        return Files.exists(file) ? file : NewsFeed.write(items, file);
    }

    private static IngestPipeline pipeline(LuceneStoryStore writer) {
        return new IngestPipeline(writer, new StoryClusterer(), 60, 25);
    }

    private static Map<String, List<String>> members(StoryStore store) {
        return store.stories(StoryStore.StoryListing.newest(1000)).stream().collect(Collectors.toMap(
                StoryStore.StoryCard::id,
                card -> store.story(card.id()).orElseThrow().articles().stream().map(a -> a.id()).sorted().toList()));
    }

    @Test
    void aSecondWriterIsRefusedWhileTheFirstHasTheStore() throws IOException {
        Path data = tmp.resolve("locked");
        try (LuceneStoryStore first = LuceneStoryStore.openForWriting(data)) {
            StoreException e = assertThrows(StoreException.class, () -> LuceneStoryStore.openForWriting(data));
            assertTrue(e.getMessage().contains("in use by another writer"), e.getMessage());
            try (LuceneStoryStore reader = LuceneStoryStore.openForReading(data)) {
                assertEquals(new StoryStore.Counts(0, 0), reader.counts(), "readers need no lock");
            }
        }
        LuceneStoryStore.openForWriting(data).close();
    }

    @Test
    void openingWhatIsNotAStoreFailsWithOneLine() throws IOException {
        StoreException missing = assertThrows(StoreException.class,
                () -> LuceneStoryStore.openForReading(tmp.resolve("nowhere")));
        assertTrue(missing.getMessage().contains("no story store here"), missing.getMessage());
        Path busy = Files.createDirectories(tmp.resolve("photos"));
        Files.writeString(busy.resolve("holiday.txt"), "not a store");
        StoreException other = assertThrows(StoreException.class, () -> LuceneStoryStore.openForWriting(busy));
        assertTrue(other.getMessage().contains("not a Chorus store"), other.getMessage());
        assertEquals(List.of(busy.resolve("holiday.txt")), Files.list(busy).toList(), "nothing written there");
    }

    /** A card's listing date: the story's date, else its latest article's. */
    private static LocalDate date(StoryStore.StoryCard card) {
        if (card.date() != null) {
            return card.date();
        }
        return store.story(card.id()).orElseThrow().articles().stream()
                .map(a -> a.metadata().published()).max(Comparator.naturalOrder()).orElseThrow();
    }
}
