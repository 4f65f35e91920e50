package dev.chorus.cluster;

import dev.chorus.fingerprint.IncrementalTfIdfVectorizer;
import dev.chorus.fingerprint.TermVector;
import dev.chorus.model.AnalysedArticle;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Groups articles into stories as they arrive: each article joins the most similar active story, or starts a
 * new one when no story is similar enough. Articles should arrive in publication order; the result depends on
 * that order and on nothing else.
 *
 * <p>A story is represented by the sum of its articles' TF-IDF vectors (pruned to its heaviest terms, so a
 * story of thousands of articles costs no more than one of hundreds), and an article's similarity to a story
 * is its mean cosine with the story's articles (average linkage: the dot product with that sum, divided by the
 * story's size). Unlike the cosine with the centroid's direction, the mean does not let a story drift: an
 * article like only one of two loosely related members scores half as much. A story goes quiet, and can no longer be joined, once no article has
 * joined it for {@link Options#quietDays()} of publication time, or when more than {@link Options#maxActive()}
 * stories are active (then the least recently joined goes first): this bounds the work and memory per article
 * whatever the length of the stream.
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
     * @param threshold  similarity at or above which an article joins a story
     * @param windowDays the widest spread of publication dates inside one story
     * @param quietDays  days of publication time without a new article after which a story is closed
     * @param maxActive  most stories kept open at once
     */
    public record Options(double threshold, int windowDays, int quietDays, int maxActive) {
        public Options {
            if (!(threshold > 0 && threshold <= 1) || windowDays < 0 || quietDays < 0 || maxActive < 1) {
                throw new IllegalArgumentException("bad clustering options: " + threshold + ", " + windowDays
                        + ", " + quietDays + ", " + maxActive);
            }
        }

        public Options withThreshold(double newThreshold) {
            return new Options(newThreshold, windowDays, quietDays, maxActive);
        }
    }

    /** Similarity at or above which an article joins a story; see bench/README.md for how it was chosen. */
    public static final double DEFAULT_THRESHOLD = 0.20;
    public static final Options DEFAULTS = new Options(DEFAULT_THRESHOLD, 7, 3, 20_000);

    /** Heaviest terms of an article used to look up candidate stories. */
    private static final int QUERY_TERMS = 24;
    /** Heaviest terms of a story under which it is indexed. */
    private static final int INDEXED_TERMS = 40;
    /** Terms kept in a story's centroid. */
    private static final int CENTROID_TERMS = 300;
    /** Terms under which more active stories than this are indexed are too common to pick candidates by. */
    private static final int MAX_POSTINGS = 1000;
    /** Up to this many active stories, every one is scored. */
    private static final int SCORE_ALL_UP_TO = 300;
    /** Candidates whose heavy-term estimate is below this share of the threshold are not scored. */
    private static final double ESTIMATE_SHARE = 0.3;
    /** Most candidates scored exactly, the best by estimate. */
    private static final int MAX_CANDIDATES = 24;

    private final Options options;
    private final IncrementalTfIdfVectorizer vectorizer = new IncrementalTfIdfVectorizer();
    private final List<int[]> members = new ArrayList<>();
    private final List<Integer> sizes = new ArrayList<>();
    /** Active stories, least recently joined first. */
    private final LinkedHashSet<Story> active = new LinkedHashSet<>();
    /** Open stories by indexed term id. */
    private Postings[] postings = new Postings[1024];
    private int arrivals;

    public StreamingStoryClusterer() {
        this(DEFAULTS);
    }

    public StreamingStoryClusterer(Options options) {
        this.options = options;
    }

    /**
     * Adds the next article and returns the number of the story it joined or started (stories are numbered
     * from 0 in the order they start).
     */
    public int add(AnalysedArticle article) {
        LocalDate published = article.article().metadata().published();
        TermVector vector = vectorizer.add(article);
        closeQuietStories(published);
        Story best = null;
        double bestScore = 0;
        for (Story story : candidates(vector)) {
            if (!story.admits(published, options.windowDays())) {
                continue;
            }
            double score = story.similarity(vector);
            if (score > bestScore || (score == bestScore && best != null && story.number < best.number)) {
                best = story;
                bestScore = score;
            }
        }
        int arrival = arrivals++;
        if (best != null && bestScore >= options.threshold()) {
            active.remove(best);
            unindex(best);
            best.add(vector, published, arrival);
            index(best);
            active.add(best);
            return best.number;
        }
        Story story = new Story(members.size());
        members.add(null);
        sizes.add(0);
        story.add(vector, published, arrival);
        index(story);
        active.add(story);
        if (active.size() > options.maxActive()) {
            close(active.iterator().next());
        }
        return story.number;
    }

    /** Stories started so far. */
    public int storyCount() {
        return members.size();
    }

    /** Arrival numbers (0-based, in the order {@link #add} was called) of the articles of every story. */
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
        double floor = options.threshold() * ESTIMATE_SHARE;
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
            if (story.latest == null || ChronoUnit.DAYS.between(story.latest, published) <= options.quietDays()) {
                // Articles arrive in publication order, so the stories after this one were joined later still;
                // an undated story is left to the maxActive bound.
                break;
            }
            quiet.add(story);
        }
        quiet.forEach(this::close);
    }

    private void close(Story story) {
        active.remove(story);
        unindex(story);
        members.set(story.number, Arrays.copyOf(story.members, story.size));
        story.centroid = null;
    }

    private void index(Story story) {
        story.indexed = story.centroid.topTerms(INDEXED_TERMS);
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

    /** An open story: its members and the sum of their vectors. */
    private static final class Story {
        final int number;
        int[] members = new int[2];
        int size;
        TermVector centroid;
        int[] indexed = new int[0];
        LocalDate earliest;
        LocalDate latest;
        /** Scratch for the heavy-term estimate while candidates are looked up. */
        double estimate;

        Story(int number) {
            this.number = number;
        }

        void add(TermVector vector, LocalDate published, int arrival) {
            if (size == members.length) {
                members = Arrays.copyOf(members, size * 2);
            }
            members[size++] = arrival;
            centroid = centroid == null ? vector : centroid.plus(vector);
            if (centroid.size() > 2 * CENTROID_TERMS) {
                centroid = centroid.heaviest(CENTROID_TERMS);
            }
            if (published != null) {
                earliest = earliest == null || published.isBefore(earliest) ? published : earliest;
                latest = latest == null || published.isAfter(latest) ? published : latest;
            }
        }

        boolean admits(LocalDate published, int windowDays) {
            if (published == null || earliest == null) {
                return true;
            }
            LocalDate from = published.isBefore(earliest) ? published : earliest;
            LocalDate to = published.isAfter(latest) ? published : latest;
            return ChronoUnit.DAYS.between(from, to) <= windowDays;
        }

        double similarity(TermVector vector) {
            return vector.dot(centroid) / size;
        }

        float meanWeightOf(int term) {
            return centroid.weightOf(term) / size;
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
