package dev.chorus.cluster;

import dev.chorus.embed.TextEmbedder;
import dev.chorus.fingerprint.IncrementalTfIdfVectorizer;
import dev.chorus.fingerprint.TermVector;
import dev.chorus.model.AnalysedArticle;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Groups articles into stories as they arrive: each article joins the most similar active story, or starts a
 * new one when no story is similar enough. Articles should arrive in publication order; the result depends on
 * that order and on nothing else.
 *
 * <p>A story is represented by its articles' merged {@link ArticleFeatures}: summed TF-IDF vectors (pruned to
 * the heaviest terms, so a story of thousands of articles costs no more than one of hundreds) and summed
 * embeddings. An article's {@link #joinScore join score} with a story uses its mean cosines with the story's
 * articles (average linkage: the dot product with the sum, divided by the story's size). Unlike the cosine
 * with the centroid's direction, the mean does not let a story drift: an article like only one of two loosely
 * related members scores half as much.
 *
 * <p>A story closes, and can no longer be joined, once no article has joined it for
 * {@link Options#quietDays()} of publication time, or when more than {@link Options#maxActive()} stories are
 * open (then the least recently joined goes first): this bounds the work and memory per article whatever the
 * length of the stream.
 *
 * <p>An article that starts a story and is still alone when its story closes gets a second chance: it joins
 * the best open story if its join score there reaches {@link #SECOND_CHANCE_MARGIN} less than the threshold.
 * By then the stories around it have grown, so the evidence is better than when it arrived (the first of a
 * story's articles to arrive had nothing to join). {@link #finish} gives the second chance to every lone
 * article still open at the end of the input.
 *
 * <p>Candidate stories come from an inverted index over each active story's heaviest terms, looked up with the
 * article's heaviest terms, so the cost per article grows with the number of stories sharing its vocabulary,
 * not with the number of stories. While few stories are active, all are scored: with few articles the IDF is
 * too flat for heavy terms to find the shared ones reliably, and scoring them all costs little.
 */
public final class StreamingStoryClusterer {

    /**
     * Settings of the clusterer.
     *
     * @param threshold  join score at or above which an article joins a story
     * @param windowDays the widest spread of publication dates inside one story
     * @param quietDays  days of publication time without a new article after which a story is closed
     * @param maxActive  most stories kept open at once
     */
    public record Options(double threshold, int windowDays, int quietDays, int maxActive) {
        public Options {
            if (!(threshold > 0 && threshold <= MAX_JOIN_SCORE) || windowDays < 0 || quietDays < 0 || maxActive < 1) {
                throw new IllegalArgumentException("bad clustering options: " + threshold + ", " + windowDays
                        + ", " + quietDays + ", " + maxActive);
            }
        }

        public Options withThreshold(double newThreshold) {
            return new Options(newThreshold, windowDays, quietDays, maxActive);
        }
    }

    /**
     * Weight of the mean embedding cosine in the {@link #joinScore join score}, next to the mean lexical
     * cosine's 1. Chosen with the threshold (then 0.26, before the {@link #SECOND_CHANCE_MARGIN second chance}) on the first 1,000 clusters of Multi-News's training
     * split (pooled and shuffled as {@code chorus eval clustering} does; the validation file was not used):
     * B-cubed F1 0.801 for words alone at 0.20, 0.803 with the embedding at 0.2 and 0.26, 0.793 at 0.4 and
     * 0.32; names and figures at 0.2 lowered it (0.782, 0.766), and the SemEval-fitted
     * {@link StorySimilarity} scored 0.78-0.78 at 0.43-0.49.
     */
    static final double EMBEDDING_WEIGHT = 0.2;
    /** The highest join score: identical words and identical embeddings. */
    public static final double MAX_JOIN_SCORE = 1 + EMBEDDING_WEIGHT;
    /**
     * Join score at or above which an article joins a story when it arrives. Chosen with
     * {@link #SECOND_CHANCE_MARGIN} on two slices of Multi-News's training split, clusters 1-1,000 and
     * 20,001-21,000, pooled and shuffled as {@code chorus eval clustering} does (the validation file was not
     * used). B-cubed F1 on the two: 0.803 and 0.808 at 0.26 without a second chance; with a second chance at
     * 0.20 / 0.22 / 0.24, 0.815-0.820 / 0.814-0.818 / 0.809-0.814 at 0.26, 0.824-0.827 / 0.823-0.827 /
     * 0.818-0.822 at 0.28, 0.822-0.830 / 0.821-0.831 / 0.817-0.825 at 0.30. A stricter first decision leaves
     * the uncertain articles to the second, when their stories are better known. 0.28 with the second chance
     * at 0.22 is within 0.002 of the best and keeps precision at 0.91-0.92.
     */
    public static final double DEFAULT_THRESHOLD = 0.28;
    /**
     * How far below the threshold the join score of a lone article's {@link StreamingStoryClusterer second
     * chance} may be (see {@link #DEFAULT_THRESHOLD}).
     */
    public static final double SECOND_CHANCE_MARGIN = 0.06;
    /**
     * The best threshold for words alone on the same clusters (0.20, when the threshold with embeddings was
     * 0.26). Without an embedding (no embedder, or a language the model does not read) the embedding term of
     * the join score is replaced by the difference of the two thresholds, so one threshold serves both.
     */
    static final double LEXICAL_THRESHOLD = 0.20;
    /** Reports of one event spread over a few days; a topic weeks later is another story. */
    public static final int DEFAULT_WINDOW_DAYS = 7;
    /** A story nobody has written about for this many days is over; a new report starts a new story. */
    public static final int DEFAULT_QUIET_DAYS = 3;
    /** Open stories kept at most: a bound on memory and work when dates are missing or the intake is huge. */
    public static final int DEFAULT_MAX_ACTIVE = 20_000;
    public static final Options DEFAULTS = new Options(DEFAULT_THRESHOLD, DEFAULT_WINDOW_DAYS, DEFAULT_QUIET_DAYS,
            DEFAULT_MAX_ACTIVE);

    /** Heaviest terms of an article used to look up candidate stories. */
    private static final int QUERY_TERMS = 24;
    /** Heaviest terms of a story under which it is indexed. */
    private static final int INDEXED_TERMS = 40;
    /** Terms kept in a story's features. */
    private static final int CENTROID_TERMS = 300;
    /** Names and figures kept in a story's features. */
    private static final int CENTROID_KEYS = 100;
    /** Terms under which more active stories than this are indexed are too common to pick candidates by. */
    private static final int MAX_POSTINGS = 1000;
    /** Up to this many active stories, every one is scored. */
    private static final int SCORE_ALL_UP_TO = 300;
    /** Candidates whose heavy-term estimate of the lexical cosine is below this are not scored. */
    private static final double ESTIMATE_FLOOR = 0.02;
    /** Most candidates scored exactly, the best by estimate. */
    private static final int MAX_CANDIDATES = 24;

    private final Options options;
    private final FeatureExtractor extractor;
    private final IncrementalTfIdfVectorizer vectorizer = new IncrementalTfIdfVectorizer();
    private final List<int[]> members = new ArrayList<>();
    /** Active stories, least recently joined first. */
    private final LinkedHashSet<Story> active = new LinkedHashSet<>();
    /** Open stories by indexed term id. */
    private Postings[] postings = new Postings[1024];
    private int arrivals;

    /** A clusterer with the {@link #DEFAULTS} and no embeddings. */
    public StreamingStoryClusterer() {
        this(DEFAULTS, null);
    }

    /** A clusterer with no embeddings. */
    public StreamingStoryClusterer(Options options) {
        this(options, null);
    }

    /**
     * @param options  the settings
     * @param embedder the sentence-embedding model whose similarity joins the lexical evidence, or null to
     *                 cluster on lexical evidence, names and figures alone; not closed by this clusterer
     */
    public StreamingStoryClusterer(Options options, TextEmbedder embedder) {
        this.options = options;
        this.extractor = new FeatureExtractor(embedder);
    }

    /**
     * Adds the next articles, in order, and returns the story number of each. Embeddings are computed for the
     * whole batch, in two halves on two threads, which is much faster than one article at a time; the batch
     * is otherwise the same as calling {@link #add} for each article in turn (the quantised model gives a
     * text a vector that can differ very slightly with its batch, so the same input in the same batches gives
     * the same result).
     */
    public int[] addAll(List<AnalysedArticle> articles) {
        List<TermVector> vectors = new ArrayList<>(articles.size());
        for (AnalysedArticle article : articles) {
            vectors.add(vectorizer.add(article));
        }
        int half = articles.size() / 2;
        List<List<ArticleFeatures>> halves = List.of(List.of(0, half), List.of(half, articles.size())).parallelStream()
                .map(range -> extractor.features(articles.subList(range.get(0), range.get(1)),
                        vectors.subList(range.get(0), range.get(1))))
                .toList();
        int[] stories = new int[articles.size()];
        int i = 0;
        for (List<ArticleFeatures> part : halves) {
            for (ArticleFeatures features : part) {
                stories[i++] = assign(features);
            }
        }
        return stories;
    }

    /**
     * Re-opens stories whose members are already decided, such as stories reloaded from a store when a
     * stream resumes: each group becomes one open story, without scoring, in the order given (give the least
     * recently joined first), and its articles are counted for IDF as if they had just arrived. Later articles
     * can join these stories as any other. Forcing the membership, rather than adding the articles as new
     * ones, keeps the stories as they were decided; re-clustering them could split or merge stories that
     * readers have already seen.
     *
     * @return the story number of each group, in order; their articles take the next arrival numbers in order
     */
    public int[] seed(List<List<AnalysedArticle>> groups) {
        List<AnalysedArticle> articles = groups.stream().flatMap(List::stream).toList();
        List<TermVector> vectors = new ArrayList<>(articles.size());
        for (AnalysedArticle article : articles) {
            vectors.add(vectorizer.add(article));
        }
        List<ArticleFeatures> features = extractor.features(articles, vectors);
        int[] numbers = new int[groups.size()];
        int next = 0;
        for (int g = 0; g < groups.size(); g++) {
            if (groups.get(g).isEmpty()) {
                throw new IllegalArgumentException("a seeded story needs at least one article");
            }
            Story story = new Story(members.size());
            members.add(null);
            for (int k = 0; k < groups.get(g).size(); k++) {
                story.add(features.get(next++), arrivals++);
            }
            index(story);
            active.add(story);
            numbers[g] = story.number;
        }
        while (active.size() > options.maxActive()) {
            retire(List.of(active.iterator().next()));
        }
        return numbers;
    }

    /** Whether the story with this number can still be joined. */
    public boolean isOpen(int story) {
        return story >= 0 && story < members.size() && active.contains(new Story(story));
    }

    /**
     * Adds the next article and returns the number of the story it joined or started (stories are numbered
     * from 0 in the order they start).
     */
    public int add(AnalysedArticle article) {
        return addAll(List.of(article))[0];
    }

    private int assign(ArticleFeatures article) {
        LocalDate published = article.first();
        closeQuietStories(published);
        Story best = null;
        double bestScore = 0;
        for (Story story : candidates(article.terms())) {
            if (!story.admits(published, options.windowDays())) {
                continue;
            }
            double score = joinScore(story.evidence(article));
            if (score > bestScore || (score == bestScore && best != null && story.number < best.number)) {
                best = story;
                bestScore = score;
            }
        }
        int arrival = arrivals++;
        if (best != null && bestScore >= options.threshold()) {
            join(best, article, arrival);
            return best.number;
        }
        Story story = new Story(members.size());
        members.add(null);
        story.add(article, arrival);
        index(story);
        active.add(story);
        if (active.size() > options.maxActive()) {
            retire(List.of(active.iterator().next()));
        }
        return story.number;
    }

    private void join(Story story, ArticleFeatures article, int arrival) {
        active.remove(story);
        unindex(story);
        story.add(article, arrival);
        index(story);
        active.add(story);
    }

    /**
     * Gives every open story of one article its second chance (see the class description), as if the input
     * ended here: call it once all articles are added. Later articles can still join the open stories.
     */
    public void finish() {
        List<Story> lone = new ArrayList<>();
        for (Story story : active) {
            if (story.size == 1) {
                lone.add(story);
            }
        }
        for (Story story : lone) {
            // an earlier lone article may have joined this one, and then it is alone no more
            if (story.size != 1) {
                continue;
            }
            unindex(story);
            if (secondChance(story)) {
                active.remove(story);
                members.set(story.number, new int[0]);
                story.features = null;
            } else {
                index(story);
            }
        }
    }

    /** Stories started so far. */
    public int storyCount() {
        return members.size();
    }

    /**
     * Arrival numbers (0-based, in the order {@link #add} was called) of the articles of every story. A story
     * whose only article joined another on its second chance is empty.
     */
    public List<int[]> stories() {
        List<int[]> out = new ArrayList<>(members.size());
        for (int i = 0; i < members.size(); i++) {
            out.add(members.get(i));
        }
        for (Story story : active) {
            out.set(story.number, Arrays.copyOf(story.members, story.size));
        }
        return out;
    }

    /** Stories that can still be joined. */
    public int activeCount() {
        return active.size();
    }

    /**
     * How strongly the evidence says an article belongs to a story: the article's mean lexical cosine with the
     * story's articles plus {@link #EMBEDDING_WEIGHT} times its mean embedding cosine with them (see
     * {@link #LEXICAL_THRESHOLD} when there is none). Names and
     * figures are already among the TF-IDF terms, and weighing them again lowered the clustering scores. This
     * differs from {@link StorySimilarity}, which is fitted to graded human judgements of article pairs: here
     * the question is a yes/no one about an article and a group, asked of every article in a stream.
     */
    static double joinScore(StorySimilarity.Evidence e) {
        return e.lexical() + (e.hasEmbedding() ? EMBEDDING_WEIGHT * e.embedding() : DEFAULT_THRESHOLD - LEXICAL_THRESHOLD);
    }

    private Iterable<Story> candidates(TermVector vector) {
        if (active.size() <= SCORE_ALL_UP_TO) {
            return new ArrayList<>(active);
        }
        List<Story> touched = new ArrayList<>();
        for (int term : vector.topTerms(QUERY_TERMS)) {
            Postings list = term < postings.length ? postings[term] : null;
            if (list == null || list.size > MAX_POSTINGS) {
                continue;
            }
            float w = vector.weightOf(term);
            for (int i = 0; i < list.size; i++) {
                Story story = list.stories[i];
                if (story.estimate == 0) {
                    touched.add(story);
                }
                story.estimate += w * story.meanWeightOf(term);
            }
        }
        double floor = ESTIMATE_FLOOR;
        List<Story> passing = new ArrayList<>();
        for (Story story : touched) {
            if (story.estimate >= floor) {
                passing.add(story);
            }
        }
        if (passing.size() > MAX_CANDIDATES) {
            passing.sort(Comparator.comparingDouble((Story story) -> -story.estimate).thenComparingInt(story -> story.number));
            passing = new ArrayList<>(passing.subList(0, MAX_CANDIDATES));
        }
        touched.forEach(story -> story.estimate = 0);
        return passing;
    }

    private void closeQuietStories(LocalDate published) {
        if (published == null) {
            return;
        }
        Iterator<Story> oldestFirst = active.iterator();
        List<Story> quiet = new ArrayList<>();
        while (oldestFirst.hasNext()) {
            Story story = oldestFirst.next();
            if (story.latest() == null || ChronoUnit.DAYS.between(story.latest(), published) <= options.quietDays()) {
                // Articles arrive in publication order, so the stories after this one were joined later still;
                // an undated story is left to the maxActive bound.
                break;
            }
            quiet.add(story);
        }
        retire(quiet);
    }

    /**
     * Closes {@code stories}, oldest first; each one of a single article first gets its second chance with the
     * stories that stay open.
     */
    private void retire(List<Story> stories) {
        for (Story story : stories) {
            active.remove(story);
            unindex(story);
        }
        for (Story story : stories) {
            if (story.size == 1 && secondChance(story)) {
                members.set(story.number, new int[0]);
            } else {
                members.set(story.number, Arrays.copyOf(story.members, story.size));
            }
            story.features = null;
        }
    }

    /**
     * Joins the lone article of {@code story} to the best other open story if it scores enough there, and says
     * whether it did; {@code story} is left for the caller to close.
     */
    private boolean secondChance(Story story) {
        ArticleFeatures article = story.features;
        Story best = null;
        double bestScore = 0;
        for (Story candidate : candidates(article.terms())) {
            if (candidate == story || !candidate.admits(article.first(), options.windowDays())) {
                continue;
            }
            double score = joinScore(candidate.evidence(article));
            if (score > bestScore || (score == bestScore && best != null && candidate.number < best.number)) {
                best = candidate;
                bestScore = score;
            }
        }
        if (best != null && bestScore >= options.threshold() - SECOND_CHANCE_MARGIN) {
            join(best, article, story.members[0]);
            return true;
        }
        return false;
    }

    private void index(Story story) {
        story.indexed = story.features.terms().topTerms(INDEXED_TERMS);
        for (int term : story.indexed) {
            if (term >= postings.length) {
                postings = Arrays.copyOf(postings, Math.max(term + 1, postings.length * 2));
            }
            if (postings[term] == null) {
                postings[term] = new Postings();
            }
            postings[term].add(story);
        }
    }

    private void unindex(Story story) {
        for (int term : story.indexed) {
            postings[term].remove(story);
        }
    }

    /**
     * The open stories indexed under one term, oldest first. Removal shifts the rest down, which keeps the order
     * (and so the result) independent of anything but the input; lists are short because common terms are
     * rarely among a story's heaviest.
     */
    private static final class Postings {
        Story[] stories = new Story[2];
        int size;

        void add(Story story) {
            if (size == stories.length) {
                stories = Arrays.copyOf(stories, size * 2);
            }
            stories[size++] = story;
        }

        void remove(Story story) {
            for (int i = 0; i < size; i++) {
                if (stories[i] == story) {
                    System.arraycopy(stories, i + 1, stories, i, size - i - 1);
                    stories[--size] = null;
                    return;
                }
            }
        }
    }

    /** An open story: its members and their merged features. */
    private static final class Story {
        final int number;
        int[] members = new int[2];
        int size;
        /** Members with an embedding, whose sum the story's embedding is. */
        int embedded;
        ArticleFeatures features;
        int[] indexed = new int[0];
        /** Scratch for the heavy-term estimate while candidates are looked up. */
        double estimate;

        Story(int number) {
            this.number = number;
        }

        void add(ArticleFeatures article, int arrival) {
            if (size == members.length) {
                members = Arrays.copyOf(members, size * 2);
            }
            members[size++] = arrival;
            if (article.embedding() != null) {
                embedded++;
            }
            features = features == null ? article : bounded(ArticleFeatures.merge(features, article));
        }

        /**
         * {@code merged} cut to its heaviest terms and commonest names and figures, so a story of thousands of
         * articles costs no more to keep and compare than one of dozens.
         */
        private static ArticleFeatures bounded(ArticleFeatures merged) {
            if (merged.terms().size() <= 2 * CENTROID_TERMS && merged.entities().size() <= 2 * CENTROID_KEYS
                    && merged.numbers().size() <= 2 * CENTROID_KEYS) {
                return merged;
            }
            return new ArticleFeatures(merged.terms().heaviest(CENTROID_TERMS), merged.embedding(),
                    commonest(merged.entities()), commonest(merged.numbers()), merged.first(), merged.last(),
                    merged.language(), merged.articles());
        }

        private static Map<String, Integer> commonest(Map<String, Integer> counts) {
            if (counts.size() <= CENTROID_KEYS) {
                return counts;
            }
            Map<String, Integer> out = new HashMap<>();
            counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(CENTROID_KEYS)
                    .forEach(e -> out.put(e.getKey(), e.getValue()));
            return out;
        }

        LocalDate earliest() {
            return features.first();
        }

        LocalDate latest() {
            return features.last();
        }

        boolean admits(LocalDate published, int windowDays) {
            if (published == null || earliest() == null) {
                return true;
            }
            LocalDate from = published.isBefore(earliest()) ? published : earliest();
            LocalDate to = published.isAfter(latest()) ? published : latest();
            return ChronoUnit.DAYS.between(from, to) <= windowDays;
        }

        /**
         * The evidence that {@code article} belongs here, with the lexical and embedding similarities taken as
         * the article's mean cosine with the story's articles (average linkage), so that a loose story cannot
         * drift towards whatever resembles its latest member.
         */
        StorySimilarity.Evidence evidence(ArticleFeatures article) {
            StorySimilarity.Evidence centroid = StorySimilarity.evidence(article, features);
            double lexical = article.terms().dot(features.terms()) / size;
            double embedding = centroid.embedding();
            if (article.embedding() != null && features.embedding() != null) {
                embedding = TextEmbedder.dot(article.embedding(), features.embedding()) / embedded;
            }
            return new StorySimilarity.Evidence(lexical, embedding, centroid.names(), centroid.figures(), centroid.daysApart());
        }

        /** The story's mean weight of {@code term}: the article-side estimate of the lexical cosine. */
        float meanWeightOf(int term) {
            return features.terms().weightOf(term) / size;
        }

        @Override
        public int hashCode() {
            return number; // the order of the open set then depends only on the input
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Story s && s.number == number;
        }
    }
}
