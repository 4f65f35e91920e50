package dev.chorus.pipeline;

import dev.chorus.cluster.FeatureExtractor;
import dev.chorus.cluster.StoryClusterer;
import dev.chorus.embed.EmbeddingMemo;
import dev.chorus.embed.RecentEmbeddings;
import dev.chorus.embed.TextEmbedder;
import dev.chorus.model.AnalysedArticle;
import dev.chorus.model.Article;
import dev.chorus.model.Problem;
import dev.chorus.model.Source;
import dev.chorus.model.Story;
import dev.chorus.read.SourceReader;
import dev.chorus.sentence.SentenceSplitter;
import dev.chorus.store.Fingerprints;
import dev.chorus.store.StoryStoreWriter;
import dev.chorus.store.StoryStoreWriter.StoredArticle;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The ingest job: sources in, batch by batch, stories kept in a {@link StoryStoreWriter}. Per batch: extract
 * and split sentences ({@link Analyser}); drop the articles whose {@link Fingerprints fingerprint} is stored
 * already or came earlier in the run; place the new ones into stories with the streaming clusterer the
 * digest uses ({@link IncrementalStories}); rebuild the analysis of every story that changed
 * ({@link StoryBuilder}); and write the batch in one atomic commit. A batch is stored whole or not at all, so
 * a run stopped at any point is resumed by running it again: the batches stored are then duplicates.
 *
 * <p>One pipeline per store writer; not thread-safe.
 */
public final class IngestPipeline {

    /** Sources per batch unless told otherwise: enough to embed and commit efficiently, little to redo. */
    public static final int DEFAULT_BATCH = 2_000;

    private final StoryStoreWriter store;
    private final StoryClusterer clusterer;
    /** Between the clusterer and its model: stored vectors in, new vectors out; null without a model. */
    private final EmbeddingMemo memo;
    private final StoryBuilder builder;
    private final int batchSize;
    private final Analyser analyser = new Analyser();
    private final SentenceSplitter splitter = new SentenceSplitter();
    private IncrementalStories stories;
    private long nextSequence;

    /**
     * Counts of a run (or of one batch).
     *
     * @param read       inputs read: sources, and inputs rejected while reading
     * @param stored     articles newly stored
     * @param duplicates articles already stored, or repeated in the run, by fingerprint: not stored again
     * @param rejected   inputs left out (unreadable, no article text), each reported as a problem
     * @param stories    stories written (new or changed)
     */
    public record Counts(long read, long stored, long duplicates, long rejected, long stories) {
        public static final Counts ZERO = new Counts(0, 0, 0, 0, 0);

        Counts plus(Counts o) {
            return new Counts(read + o.read, stored + o.stored, duplicates + o.duplicates, rejected + o.rejected,
                    stories + o.stories);
        }
    }

    /**
     * A batch once committed.
     *
     * @param number   from 1 in the run
     * @param storedIds ids of the articles it stored
     * @param counts    its counts
     */
    public record Committed(int number, List<String> storedIds, Counts counts) {
        public Committed {
            storedIds = List.copyOf(storedIds);
        }
    }

    /**
     * Sentence vectors remembered across batches (about 1.6 KB each): enough for the sentences of the stories a
     * few batches make grow, so that growing stories are not embedded again.
     */
    static final int SENTENCE_VECTORS = 20_000;

    /**
     * @param clusterer    the clustering settings and embedder (a clusterer of its own is kept for the run)
     * @param summaryWords about how many words each story summary has
     * @param batchSize    sources per batch, at least 1
     */
    public IngestPipeline(StoryStoreWriter store, StoryClusterer clusterer, int summaryWords, int batchSize) {
        this(store, clusterer, null, summaryWords, batchSize);
    }

    /**
     * @param clusterer        the clustering settings and embedder (a clusterer of its own is kept for the run)
     * @param sentenceEmbedder finds claims told in other words, or null for words alone ({@link StoryBuilder})
     * @param summaryWords     about how many words each story summary has
     * @param batchSize        sources per batch, at least 1
     */
    public IngestPipeline(StoryStoreWriter store, StoryClusterer clusterer, TextEmbedder sentenceEmbedder,
                          int summaryWords, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, was " + batchSize);
        }
        this.store = store;
        this.memo = clusterer.embedder() == null ? null : new EmbeddingMemo(clusterer.embedder());
        this.clusterer = memo == null ? clusterer : new StoryClusterer(clusterer.options(), memo);
        // a story compared again as it grows has the same old sentences: their vectors are remembered
        this.builder = new StoryBuilder(summaryWords,
                sentenceEmbedder == null ? null : new RecentEmbeddings(sentenceEmbedder, SENTENCE_VECTORS));
        this.batchSize = batchSize;
    }

    /**
     * Reads {@code paths} (streaming: only a batch of sources is held at a time) and ingests them.
     *
     * @param problems  every input problem, as met
     * @param committed called after each batch is durably stored
     */
    public Counts ingest(List<Path> paths, Consumer<Problem> problems, Consumer<Committed> committed) {
        return ingest(new SourceReader(), paths, problems, problems, committed);
    }

    /**
     * Reads {@code paths} with {@code reader} (streaming: only a batch of sources is held at a time) and ingests
     * them.
     *
     * @param readProblems     the problems met reading the inputs, as met
     * @param analysisProblems the problems met later: sources in which no article text was found
     * @param committed        called after each batch is durably stored
     */
    public Counts ingest(SourceReader reader, List<Path> paths, Consumer<Problem> readProblems,
                         Consumer<Problem> analysisProblems, Consumer<Committed> committed) {
        List<Source> pending = new ArrayList<>(batchSize);
        long[] readRejected = {0};
        Counts[] total = {Counts.ZERO};
        int[] batches = {0};
        Runnable flush = () -> {
            Committed batch = ingestBatch(pending, analysisProblems, ++batches[0]);
            total[0] = total[0].plus(batch.counts());
            pending.clear();
            committed.accept(batch);
        };
        reader.read(paths, source -> {
            pending.add(source);
            if (pending.size() == batchSize) {
                flush.run();
            }
        }, problem -> {
            if (problem.rejected()) {
                readRejected[0]++;
            }
            readProblems.accept(problem);
        });
        if (!pending.isEmpty() || batches[0] == 0) {
            flush.run();
        }
        return total[0].plus(new Counts(readRejected[0], 0, 0, readRejected[0], 0));
    }

    /**
     * Ingests one batch of sources and commits it (unless it holds no new article); {@code number} names it
     * in the result.
     */
    public Committed ingestBatch(List<Source> sources, Consumer<Problem> problems, int number) {
        Analyser.Analysed analysed = analyser.analyse(sources, List.of());
        analysed.problems().forEach(problems);
        long rejected = analysed.problems().stream().filter(Problem::rejected).count();

        List<Fresh> fresh = dropStored(analysed.articles(), problems);
        long duplicates = analysed.articles().size() - fresh.size();
        if (fresh.isEmpty()) {
            // nothing changes, so nothing is written (and a re-run over stored input does not load the stories)
            return new Committed(number, List.of(), new Counts(sources.size(), 0, duplicates, rejected, 0));
        }
        if (stories == null) {
            // resume where the store left off: its open stories, its sequence
            stories = new IncrementalStories(clusterer.newStream(), clusterer.options(), memo, store.openStories());
            nextSequence = store.nextSequence();
        }
        Map<String, AnalysedArticle> byId = new HashMap<>();
        List<Fresh> inDateOrder = fresh.stream()
                .sorted(Comparator.comparing((Fresh f) -> f.article().article().metadata().published(),
                        Comparator.nullsLast(Comparator.<LocalDate>naturalOrder())))
                .toList();
        List<AnalysedArticle> ordered = new ArrayList<>(inDateOrder.size());
        for (Fresh f : inDateOrder) {
            byId.put(f.article().id(), f.article());
            ordered.add(f.article());
        }

        IncrementalStories.Placement placement = stories.place(ordered, store);
        Map<String, StoredArticle> stored = new HashMap<>();
        for (Fresh f : inDateOrder) {
            float[] embedding = memo == null ? null : memo.recall(FeatureExtractor.embeddingText(f.article()));
            stored.put(f.article().id(), new StoredArticle(f.article().article(), nextSequence++, f.fingerprint(),
                    embedding));
        }
        if (memo != null) {
            memo.clear();
        }
        List<StoryStoreWriter.StoryVersion> versions = build(placement, stored, byId);
        store.commit(new StoryStoreWriter.Update(versions, placement.emptied(), placement.closed(), nextSequence));
        return new Committed(number, ordered.stream().map(AnalysedArticle::id).toList(),
                new Counts(sources.size(), ordered.size(), duplicates, rejected, versions.size()));
    }

    /**
     * The articles whose fingerprint is neither stored nor earlier in the batch, in input order; one whose id
     * is taken (stored, or earlier in the batch) by a different article is renamed with a warning, as the
     * reader renames repeated ids within a run.
     */
    private List<Fresh> dropStored(List<AnalysedArticle> articles, Consumer<Problem> problems) {
        List<String> fingerprints = articles.parallelStream().map(a -> Fingerprints.of(a.article())).toList();
        Set<String> known = new HashSet<>(store.storedFingerprints(fingerprints));
        Set<String> takenIds = new HashSet<>(store.storedArticleIds(articles.stream().map(AnalysedArticle::id).toList()));
        List<Fresh> fresh = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            AnalysedArticle article = articles.get(i);
            if (!known.add(fingerprints.get(i))) {
                continue;
            }
            if (takenIds.contains(article.id())) {
                String id = freeId(article.id(), takenIds);
                problems.accept(Problem.warning(article.id(), "article id \"" + article.id()
                        + "\" is already stored with other content; stored as \"" + id + "\""));
                Article renamed = new Article(id, article.article().metadata(), article.article().paragraphs(),
                        article.article().captions(), article.article().removed());
                article = splitter.analyse(renamed);
            }
            takenIds.add(article.id());
            fresh.add(new Fresh(article, fingerprints.get(i)));
        }
        return fresh;
    }

    /** An article not stored yet, with its fingerprint. */
    private record Fresh(AnalysedArticle article, String fingerprint) {
    }

    private String freeId(String id, Set<String> taken) {
        for (int n = 2; ; n++) {
            String candidate = id + "-" + n;
            if (!taken.contains(candidate) && store.storedArticleIds(List.of(candidate)).isEmpty()) {
                return candidate;
            }
        }
    }

    /** The changed stories rebuilt: their new articles from the batch, the others re-read from the store. */
    private List<StoryStoreWriter.StoryVersion> build(IncrementalStories.Placement placement,
                                                      Map<String, StoredArticle> stored,
                                                      Map<String, AnalysedArticle> byId) {
        List<String> older = placement.stories().values().stream().flatMap(List::stream)
                .filter(id -> !stored.containsKey(id)).toList();
        Map<String, StoredArticle> all = new HashMap<>(stored);
        for (StoredArticle article : store.storedArticles(older)) {
            all.put(article.id(), article);
        }
        return placement.stories().entrySet().parallelStream().map(entry -> {
            List<AnalysedArticle> group = entry.getValue().stream()
                    .map(id -> byId.containsKey(id) ? byId.get(id) : splitter.analyse(required(all, id).article()))
                    .toList();
            Story built = builder.build(group);
            Story story = new Story(entry.getKey(), built.headline(), built.date(), built.articles(), built.summary(),
                    built.claims(), built.quotes(), built.entities(), built.conflicts(), built.copies());
            List<StoredArticle> members = story.articles().stream().map(a -> required(all, a.id())).toList();
            return new StoryStoreWriter.StoryVersion(story, members, placement.open().contains(entry.getKey()));
        }).toList();
    }

    private static StoredArticle required(Map<String, StoredArticle> articles, String id) {
        StoredArticle article = articles.get(id);
        if (article == null) {
            throw new IllegalStateException("article " + id + " of a changed story is neither new nor stored");
        }
        return article;
    }
}
