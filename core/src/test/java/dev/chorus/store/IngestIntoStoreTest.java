package dev.chorus.store;

import dev.chorus.cluster.FeatureExtractor;
import dev.chorus.cluster.StoryClusterer;
import dev.chorus.sentence.SentenceSplitter;
import dev.chorus.cluster.StreamingStoryClusterer;
import dev.chorus.embed.TextEmbedder;
import dev.chorus.model.Article;
import dev.chorus.model.Problem;
import dev.chorus.model.Story;
import dev.chorus.pipeline.IngestPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Incremental ingest into a Lucene store: what is stored, re-ingest, stable ids, late articles. */
class IngestIntoStoreTest {

    private static final LocalDate START = LocalDate.of(2025, 4, 1);

    @TempDir
    Path tmp;

    @Test
    void everyArticleIsStoredWithItsFieldsInExactlyOneStory() throws IOException {
        List<NewsFeed.Item> feed = NewsFeed.generate(7, 30, START);
        Path file = NewsFeed.write(feed, tmp.resolve("feed.jsonl"));
        try (LuceneStoryStore store = LuceneStoryStore.openForWriting(tmp.resolve("data"))) {
            List<Problem> problems = new ArrayList<>();
            IngestPipeline.Counts counts = ingest(store, file, 40, problems);
            assertEquals(List.of(), problems);
            assertEquals(new IngestPipeline.Counts(feed.size(), feed.size(), 0, 0, counts.stories()), counts);
            assertEquals(feed.size(), store.counts().articles());

            Map<String, Integer> membership = new HashMap<>();
            for (NewsFeed.Item item : feed) {
                Article article = store.article(item.id()).orElseThrow();
                assertEquals(item.title(), article.metadata().title());
                assertEquals(item.text(), article.text());
                assertEquals(item.outlet(), article.metadata().outlet());
                assertEquals(item.published(), article.metadata().published());
                String storyId = store.storyOf(item.id()).orElseThrow();
                Story story = store.story(storyId).orElseThrow();
                assertTrue(story.articles().stream().anyMatch(a -> a.id().equals(item.id())), storyId);
                assertFalse(story.headline().isBlank());
                membership.merge(item.id(), 1, Integer::sum);
            }
            // every stored story, by listing: each article in exactly one of them, none left empty
            List<StoryStore.StoryCard> cards = store.stories(new StoryStore.StoryListing(
                    StoryStore.StoryListing.Order.LARGEST, null, 0, 10_000));
            assertEquals(store.counts().stories(), cards.size());
            Map<String, Integer> seen = new HashMap<>();
            for (StoryStore.StoryCard card : cards) {
                Story story = store.story(card.id()).orElseThrow();
                assertEquals(card.articleCount(), story.articles().size());
                assertTrue(card.articleCount() > 0);
                story.articles().forEach(a -> seen.merge(a.id(), 1, Integer::sum));
            }
            assertEquals(membership, seen);
            // reports of one event mostly end up together: far fewer stories than articles
            assertTrue(cards.size() < feed.size() * 0.6, cards.size() + " stories of " + feed.size());
        }
    }

    @Test
    void reingestingStoresNothingTwiceEvenUnderAnotherId() throws IOException {
        List<NewsFeed.Item> feed = NewsFeed.generate(11, 12, START);
        Path file = NewsFeed.write(feed, tmp.resolve("feed.jsonl"));
        NewsFeed.Item first = feed.get(0);
        Path renamed = NewsFeed.write(List.of(new NewsFeed.Item("copy-under-new-name", first.outlet(), first.published(),
                first.title(), first.text(), first.event())), tmp.resolve("renamed.jsonl"));
        try (LuceneStoryStore store = LuceneStoryStore.openForWriting(tmp.resolve("data"))) {
            ingest(store, file, 10, new ArrayList<>());
            StoryStore.Counts before = store.counts();
            IngestPipeline.Counts again = ingest(store, file, 10, new ArrayList<>());
            assertEquals(0, again.stored());
            assertEquals(feed.size(), again.duplicates());
            IngestPipeline.Counts copy = ingest(store, renamed, 10, new ArrayList<>());
            assertEquals(1, copy.duplicates());
            assertEquals(before, store.counts());
            assertTrue(store.article("copy-under-new-name").isEmpty());
        }
    }

    @Test
    void anIdTakenByOtherContentIsRenamedWithAWarning() throws IOException {
        List<NewsFeed.Item> feed = NewsFeed.generate(5, 3, START);
        NewsFeed.Item first = feed.get(0);
        NewsFeed.Item edited = new NewsFeed.Item(first.id(), first.outlet(), first.published(), first.title(),
                first.text() + " A correction was added later in the day.", first.event());
        try (LuceneStoryStore store = LuceneStoryStore.openForWriting(tmp.resolve("data"))) {
            ingest(store, NewsFeed.write(feed, tmp.resolve("a.jsonl")), 10, new ArrayList<>());
            List<Problem> problems = new ArrayList<>();
            ingest(store, NewsFeed.write(List.of(edited), tmp.resolve("b.jsonl")), 10, problems);
            assertEquals(1, problems.size(), problems.toString());
            assertFalse(problems.get(0).rejected());
            assertTrue(problems.get(0).reason().contains(first.id() + "-2"), problems.get(0).reason());
            assertEquals(first.text(), store.article(first.id()).orElseThrow().text());
            assertEquals(edited.text(), store.article(first.id() + "-2").orElseThrow().text());
        }
    }

    @Test
    void storiesKeepTheirIdsAsTheyGrowOverBatches() throws IOException {
        List<NewsFeed.Item> feed = new ArrayList<>(NewsFeed.generate(3, 24, START));
        feed.sort(Comparator.comparing(NewsFeed.Item::published));
        int half = feed.size() / 2;
        try (LuceneStoryStore store = LuceneStoryStore.openForWriting(tmp.resolve("data"))) {
            ingest(store, NewsFeed.write(feed.subList(0, half), tmp.resolve("a.jsonl")), 8, new ArrayList<>());
            Map<String, Set<String>> before = storiesOf(store, feed.subList(0, half));
            ingest(store, NewsFeed.write(feed.subList(half, feed.size()), tmp.resolve("b.jsonl")), 8, new ArrayList<>());
            Map<String, Set<String>> after = storiesOf(store, feed);
            int grown = 0;
            for (Map.Entry<String, Set<String>> story : before.entrySet()) {
                if (story.getValue().size() < 2) {
                    continue; // a lone article may still join another story on its second chance
                }
                Set<String> now = after.get(story.getKey());
                assertTrue(now != null && now.containsAll(story.getValue()),
                        "story " + story.getKey() + " kept its id and its articles: " + story.getValue() + " -> " + now);
                grown += now.size() > story.getValue().size() ? 1 : 0;
            }
            assertTrue(grown > 0, "some story grew across the two runs");
        }
    }

    @Test
    void aLateArticleJoinsItsStoryAfterTheStoryClosed() throws IOException {
        List<NewsFeed.Item> early = NewsFeed.generate(21, 3, START);
        NewsFeed.Item late = early.stream().filter(i -> i.event() == 0).reduce((a, b) -> b).orElseThrow();
        List<NewsFeed.Item> first = new ArrayList<>(early);
        first.remove(late);
        // a month of other news closes the early stories (3 quiet days)
        List<NewsFeed.Item> month = NewsFeed.generate(22, 30, START.plusDays(20)).stream()
                .map(i -> new NewsFeed.Item("later-" + i.id(), i.outlet(), i.published(), i.title(), i.text(), i.event()))
                .toList();
        try (LuceneStoryStore store = LuceneStoryStore.openForWriting(tmp.resolve("data"))) {
            IngestPipeline pipeline = new IngestPipeline(store, new StoryClusterer(), 60, 20);
            pipeline.ingest(List.of(NewsFeed.write(first, tmp.resolve("a.jsonl"))), p -> { }, c -> { });
            pipeline.ingest(List.of(NewsFeed.write(month, tmp.resolve("b.jsonl"))), p -> { }, c -> { });
            String story = store.storyOf(first.stream().filter(i -> i.event() == 0).findFirst().orElseThrow().id()).orElseThrow();
            pipeline.ingest(List.of(NewsFeed.write(List.of(late), tmp.resolve("c.jsonl"))), p -> { }, c -> { });
            assertEquals(story, store.storyOf(late.id()).orElseThrow(), "the late report joined its event's story");
        }
    }

    /** Unit vectors drawn from a text's hash: the same text, the same vector; counts every text it embeds. */
    static final class HashEmbedder implements TextEmbedder {
        final List<String> embedded = new ArrayList<>();

        @Override
        public String name() {
            return "hash";
        }

        @Override
        public int dimensions() {
            return 8;
        }

        @Override
        public synchronized float[][] embed(List<String> texts) {
            embedded.addAll(texts);
            float[][] out = new float[texts.size()][];
            for (int i = 0; i < out.length; i++) {
                out[i] = vector(texts.get(i));
            }
            return out;
        }

        static float[] vector(String text) {
            java.util.Random random = new java.util.Random(text.hashCode());
            float[] v = new float[8];
            double norm = 0;
            for (int d = 0; d < v.length; d++) {
                v[d] = (float) random.nextGaussian();
                norm += v[d] * v[d];
            }
            for (int d = 0; d < v.length; d++) {
                v[d] /= (float) Math.sqrt(norm);
            }
            return v;
        }

        @Override
        public void close() {
        }
    }

    @Test
    void aResumedRunEmbedsOnlyItsNewArticlesForTheStoredOnesKeepTheirVectors() throws IOException {
        List<NewsFeed.Item> feed = NewsFeed.generate(9, 24, START);
        List<NewsFeed.Item> first = feed.subList(0, feed.size() / 2);
        List<NewsFeed.Item> second = feed.subList(feed.size() / 2, feed.size());
        Path one = NewsFeed.write(first, tmp.resolve("one.jsonl"));
        Path two = NewsFeed.write(second, tmp.resolve("two.jsonl"));
        HashEmbedder embedder = new HashEmbedder();
        StoryClusterer clusterer = new StoryClusterer(StreamingStoryClusterer.DEFAULTS, embedder);
        try (LuceneStoryStore store = LuceneStoryStore.openForWriting(tmp.resolve("data"))) {
            new IngestPipeline(store, clusterer, 60, 20).ingest(List.of(one), p -> { }, c -> { });
            assertEquals(first.size(), embedder.embedded.size());
            for (StoryStoreWriter.StoredArticle stored : store.storedArticles(first.stream().map(NewsFeed.Item::id).toList())) {
                assertNotNull(stored.embedding(), stored.id());
                float[] expected = HashEmbedder.vector(FeatureExtractor.embeddingText(
                        new SentenceSplitter().analyse(stored.article())));
                assertArrayEquals(expected, stored.embedding(), 1e-3f, "kept at half precision: " + stored.id());
            }
            int embeddedBefore = embedder.embedded.size();
            assertFalse(store.openStories().isEmpty(), "the second run has stories to reload");

            new IngestPipeline(store, clusterer, 60, 20).ingest(List.of(two), p -> { }, c -> { });
            assertEquals(second.size(), embedder.embedded.size() - embeddedBefore,
                    "the reloaded stories' articles are not embedded again");
            for (StoryStoreWriter.StoredArticle stored : store.storedArticles(feed.stream().map(NewsFeed.Item::id).toList())) {
                assertNotNull(stored.embedding(), "kept when its story was rewritten: " + stored.id());
            }
        }
    }

    private static IngestPipeline.Counts ingest(LuceneStoryStore store, Path file, int batch, List<Problem> problems) {
        return new IngestPipeline(store, new StoryClusterer(), 60, batch).ingest(List.of(file), problems::add, c -> { });
    }

    private static Map<String, Set<String>> storiesOf(StoryStore store, List<NewsFeed.Item> items) {
        return items.stream().collect(Collectors.groupingBy(i -> store.storyOf(i.id()).orElseThrow(),
                Collectors.mapping(NewsFeed.Item::id, Collectors.toCollection(HashSet::new))));
    }
}
