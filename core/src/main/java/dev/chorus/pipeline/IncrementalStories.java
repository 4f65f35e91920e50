package dev.chorus.pipeline;

import dev.chorus.cluster.FeatureExtractor;
import dev.chorus.cluster.StreamingStoryClusterer;
import dev.chorus.embed.EmbeddingMemo;
import dev.chorus.model.AnalysedArticle;
import dev.chorus.sentence.SentenceSplitter;
import dev.chorus.store.StoryStoreWriter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Story membership across the batches of one ingest run: one {@link StreamingStoryClusterer} for the whole
 * run, the stable store id of each of its open stories, and which stories each batch changed.
 *
 * <p><b>Resuming.</b> A run starts by {@link StreamingStoryClusterer#seed seeding} the clusterer with the
 * stories the store has open, least recently joined first, with their stored membership forced rather than
 * re-clustered (re-clustering could split or merge stories already shown). The clusterer then counts IDF
 * from those articles only, not from everything stored, so a resumed run may place an article slightly
 * differently from one long run: it never moves an article already stored.
 *
 * <p><b>Late articles.</b> The clusterer expects articles in publication order, and a batch is sorted so.
 * A batch dated before stories the run has already closed (a feed replayed, a late crawl) first re-opens the
 * stored stories its dates could join: those whose latest article is at most the quiet days before the
 * batch's earliest date and whose earliest article is at most the window after its latest. Otherwise late
 * articles would start new stories beside the ones they belong to.
 *
 * <p><b>Stable ids.</b> A story's id is {@link StoryBuilder#storyId} of the article that started it, so it
 * does not change as articles join (a one-article story has the id the digest gives it). A story whose only
 * article joins another on its second chance is deleted; nothing else ever leaves a story.
 */
final class IncrementalStories {

    /** Most closed stories re-opened for one batch of late articles. */
    static final int MAX_REOPENED = 2_000;
    /** Articles embedded together; as in {@link dev.chorus.cluster.StoryClusterer}. */
    private static final int CHUNK = 256;

    private final StreamingStoryClusterer stream;
    /** Where the stored vectors of reloaded stories go, so that they are not embedded again; may be null. */
    private final EmbeddingMemo memo;
    private final StreamingStoryClusterer.Options options;
    private final SentenceSplitter splitter = new SentenceSplitter();
    /** Article id of each arrival number of the clusterer. */
    private final List<String> arrivalIds = new ArrayList<>();
    /** Story number each arrival was in after the last batch; -1 before it is placed. */
    private int[] arrivalStory = new int[1024];
    /** Store id of each story the clusterer had open after the last batch, by story number. */
    private final Map<Integer, String> idOf = new HashMap<>();
    private final Map<String, Integer> numberOf = new HashMap<>();

    /**
     * What one batch changed.
     *
     * @param stories the stories new or changed: store id to the ids of their articles, in arrival order
     * @param open    of those, the ones still open
     * @param emptied stories left with no article (their only article joined another)
     * @param closed  stories closed during the batch and otherwise unchanged
     */
    record Placement(Map<String, List<String>> stories, Set<String> open, Set<String> emptied, Set<String> closed) {
    }

    /** @param memo the embedder of {@code stream}, given stored vectors before each seeding; null if none */
    IncrementalStories(StreamingStoryClusterer stream, StreamingStoryClusterer.Options options, EmbeddingMemo memo,
                       List<StoryStoreWriter.Members> open) {
        this.stream = stream;
        this.memo = memo;
        this.options = options;
        seed(open);
    }

    /**
     * Places {@code articles} (new, in publication order, undated last) into stories, after re-opening the
     * closed stories of {@code store} that late articles among them may belong to.
     */
    Placement place(List<AnalysedArticle> articles, StoryStoreWriter store) {
        reopen(articles, store);
        for (int from = 0; from < articles.size(); from += CHUNK) {
            List<AnalysedArticle> chunk = articles.subList(from, Math.min(articles.size(), from + CHUNK));
            chunk.forEach(a -> arrive(a.id(), -1));
            stream.addAll(chunk);
        }
        stream.finish();
        return changes();
    }

    private void reopen(List<AnalysedArticle> articles, StoryStoreWriter store) {
        LocalDate earliest = null;
        LocalDate latest = null;
        for (AnalysedArticle article : articles) {
            LocalDate published = article.article().metadata().published();
            if (published != null) {
                earliest = earliest == null || published.isBefore(earliest) ? published : earliest;
                latest = latest == null || published.isAfter(latest) ? published : latest;
            }
        }
        if (earliest == null) {
            return;
        }
        List<StoryStoreWriter.Members> closed = store.closedStoriesAround(earliest.minusDays(options.quietDays()),
                latest.plusDays(options.windowDays()), MAX_REOPENED).stream()
                .filter(m -> !numberOf.containsKey(m.storyId()))
                .toList();
        // least recently joined first, as the clusterer keeps its open stories
        seed(closed.reversed());
    }

    private void seed(List<StoryStoreWriter.Members> stories) {
        if (stories.isEmpty()) {
            return;
        }
        List<List<AnalysedArticle>> groups = stories.stream()
                .map(m -> m.articles().parallelStream().map(a -> splitter.analyse(a.article())).toList())
                .toList();
        if (memo != null) {
            for (int i = 0; i < stories.size(); i++) {
                for (int k = 0; k < groups.get(i).size(); k++) {
                    float[] embedding = stories.get(i).articles().get(k).embedding();
                    if (embedding != null && embedding.length == memo.dimensions()) {
                        memo.remember(FeatureExtractor.embeddingText(groups.get(i).get(k)), embedding);
                    }
                }
            }
        }
        int[] numbers = stream.seed(groups);
        for (int i = 0; i < stories.size(); i++) {
            for (StoryStoreWriter.StoredArticle article : stories.get(i).articles()) {
                arrive(article.id(), numbers[i]);
            }
            idOf.put(numbers[i], stories.get(i).storyId());
            numberOf.put(stories.get(i).storyId(), numbers[i]);
        }
    }

    private void arrive(String articleId, int story) {
        if (arrivalIds.size() == arrivalStory.length) {
            arrivalStory = Arrays.copyOf(arrivalStory, arrivalStory.length * 2);
        }
        arrivalStory[arrivalIds.size()] = story;
        arrivalIds.add(articleId);
    }

    /** Compares each arrival's story with the last batch's, and names the stories that changed. */
    private Placement changes() {
        List<int[]> stories = stream.stories();
        Set<Integer> touched = new TreeSet<>();
        for (int story = 0; story < stories.size(); story++) {
            for (int arrival : stories.get(story)) {
                if (arrivalStory[arrival] != story) {
                    if (arrivalStory[arrival] >= 0) {
                        touched.add(arrivalStory[arrival]);
                    }
                    touched.add(story);
                    arrivalStory[arrival] = story;
                }
            }
        }
        Map<String, List<String>> changed = new LinkedHashMap<>();
        Set<String> open = new LinkedHashSet<>();
        Set<String> emptied = new LinkedHashSet<>();
        for (int story : touched) {
            int[] members = stories.get(story);
            if (members.length == 0) {
                String id = idOf.remove(story);
                if (id != null) {
                    numberOf.remove(id);
                    emptied.add(id);
                }
                continue;
            }
            // the founder is the first member (the article that started the story), even if a second chance
            // later added an article that arrived before it
            String id = idOf.computeIfAbsent(story, n -> StoryBuilder.storyIdOf(List.of(arrivalIds.get(members[0]))));
            numberOf.put(id, story);
            int[] inArrivalOrder = members.clone();
            Arrays.sort(inArrivalOrder);
            changed.put(id, Arrays.stream(inArrivalOrder).mapToObj(arrivalIds::get).toList());
            if (stream.isOpen(story)) {
                open.add(id);
            }
        }
        Set<String> closed = new LinkedHashSet<>();
        for (var it = idOf.entrySet().iterator(); it.hasNext(); ) {
            var entry = it.next();
            if (!stream.isOpen(entry.getKey())) {
                if (!changed.containsKey(entry.getValue())) {
                    closed.add(entry.getValue());
                }
                numberOf.remove(entry.getValue());
                it.remove();
            }
        }
        return new Placement(changed, open, emptied, closed);
    }
}
