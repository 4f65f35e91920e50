package dev.chorus.cluster;

import dev.chorus.fingerprint.TermVector;
import dev.chorus.fingerprint.TfIdfVectorizer;
import dev.chorus.model.AnalysedArticle;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups articles into stories by TF-IDF cosine similarity.
 *
 * <p>In large batches, candidate pairs come from an inverted index over each article's heaviest terms, so the
 * work grows with the number of articles that share vocabulary rather than with the square of the batch. Pairs at or
 * above the threshold are merged strongest first (single link), but never into a group whose publication
 * dates would then span more than the time window: two articles on the same topic weeks apart are two
 * stories.
 */
public final class StoryClusterer {

    /** Cosine at or above which two articles are taken to report the same story: the best B-cubed F1 (0.77)
     *  of 0.20..0.35 on the 1,000 Multi-News validation clusters (bench/README.md). */
    public static final double DEFAULT_THRESHOLD = 0.25;
    /** The widest spread of publication dates inside one story. */
    public static final int DEFAULT_WINDOW_DAYS = 7;

    private static final int TOP_TERMS = 24;
    /** Terms in more than this many articles' top lists are too common to pick candidates with. */
    private static final int MAX_POSTINGS = 2000;
    /**
     * Batches up to this size compare every pair exactly. In a small batch about one event, the terms the
     * articles share have low IDF, so they are not among anyone's heaviest terms and the index would miss
     * the pair; a few hundred thousand exact cosines cost milliseconds.
     */
    private static final int ALL_PAIRS_UP_TO = 1500;
    /** Share of the threshold that the heavy-term estimate must reach before the exact cosine is computed. */
    private static final double ESTIMATE_SHARE = 0.5;

    private final double threshold;
    private final int windowDays;
    private final TfIdfVectorizer vectorizer = new TfIdfVectorizer();

    public StoryClusterer() {
        this(DEFAULT_THRESHOLD, DEFAULT_WINDOW_DAYS);
    }

    public StoryClusterer(double threshold, int windowDays) {
        this.threshold = threshold;
        this.windowDays = windowDays;
    }

    /**
     * The stories among {@code articles}: groups in order of their first article, each group's articles in
     * input order. Every article is in exactly one group; an article like no other is a group of one.
     */
    public List<List<AnalysedArticle>> cluster(List<AnalysedArticle> articles) {
        List<TermVector> vectors = vectorizer.vectorize(articles);
        List<Edge> edges = candidateEdges(vectors);
        edges.sort(Comparator.comparingDouble(Edge::similarity).reversed()
                .thenComparingInt(Edge::a).thenComparingInt(Edge::b));

        int n = articles.size();
        int[] parent = new int[n];
        int[] size = new int[n];
        TermVector[] centroid = new TermVector[n]; // the sum of each group's vectors
        LocalDate[] earliest = new LocalDate[n];
        LocalDate[] latest = new LocalDate[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            size[i] = 1;
            centroid[i] = vectors.get(i);
            earliest[i] = latest[i] = articles.get(i).article().metadata().published();
        }
        for (Edge edge : edges) {
            int ra = find(parent, edge.a());
            int rb = find(parent, edge.b());
            if (ra == rb) {
                continue;
            }
            LocalDate from = min(earliest[ra], earliest[rb]);
            LocalDate to = max(latest[ra], latest[rb]);
            if (from != null && to != null && ChronoUnit.DAYS.between(from, to) > windowDays) {
                continue;
            }
            if ((size[ra] > 1 || size[rb] > 1)
                    && centroid[ra].dot(centroid[rb]) / ((double) size[ra] * size[rb]) < threshold) {
                continue;
            }
            int root = Math.min(ra, rb);
            int child = Math.max(ra, rb);
            parent[child] = root;
            centroid[root] = centroid[ra].plus(centroid[rb]);
            size[root] = size[ra] + size[rb];
            centroid[child] = null;
            earliest[root] = from;
            latest[root] = to;
        }
        Map<Integer, List<AnalysedArticle>> groups = new HashMap<>();
        List<List<AnalysedArticle>> ordered = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<AnalysedArticle> group = groups.computeIfAbsent(find(parent, i), r -> {
                List<AnalysedArticle> g = new ArrayList<>();
                ordered.add(g);
                return g;
            });
            group.add(articles.get(i));
        }
        return ordered;
    }

    /**
     * Pairs at or above the threshold. Each article's heaviest terms carry most of its weight, so the dot
     * product over shared heavy terms alone estimates the cosine from below; only pairs whose estimate
     * reaches {@link #ESTIMATE_SHARE} of the threshold get the exact (full-vector) cosine.
     */
    private List<Edge> candidateEdges(List<TermVector> vectors) {
        int n = vectors.size();
        if (n <= ALL_PAIRS_UP_TO) {
            return allPairs(vectors);
        }
        Map<Integer, Postings> postings = new HashMap<>();
        int[][] top = new int[n][];
        float[][] topWeights = new float[n][];
        for (int doc = 0; doc < n; doc++) {
            TermVector v = vectors.get(doc);
            top[doc] = v.topTerms(TOP_TERMS);
            topWeights[doc] = new float[top[doc].length];
            for (int k = 0; k < top[doc].length; k++) {
                float w = v.weightOf(top[doc][k]);
                topWeights[doc][k] = w;
                postings.computeIfAbsent(top[doc][k], t -> new Postings()).add(doc, w);
            }
        }
        List<Edge> edges = new ArrayList<>();
        float[] estimate = new float[n];
        int[] touched = new int[n];
        for (int doc = 0; doc < n; doc++) {
            int touchedCount = 0;
            for (int k = 0; k < top[doc].length; k++) {
                Postings list = postings.get(top[doc][k]);
                if (list.size > MAX_POSTINGS) {
                    continue;
                }
                float w = topWeights[doc][k];
                for (int p = 0; p < list.size; p++) {
                    int other = list.docs[p];
                    if (other <= doc) {
                        continue;
                    }
                    if (estimate[other] == 0) {
                        touched[touchedCount++] = other;
                    }
                    estimate[other] += w * list.weights[p];
                }
            }
            for (int t = 0; t < touchedCount; t++) {
                int other = touched[t];
                if (estimate[other] >= threshold * ESTIMATE_SHARE) {
                    double similarity = vectors.get(doc).cosine(vectors.get(other));
                    if (similarity >= threshold) {
                        edges.add(new Edge(doc, other, similarity));
                    }
                }
                estimate[other] = 0;
            }
        }
        return edges;
    }

    private List<Edge> allPairs(List<TermVector> vectors) {
        List<Edge> edges = new ArrayList<>();
        for (int a = 0; a < vectors.size(); a++) {
            for (int b = a + 1; b < vectors.size(); b++) {
                double similarity = vectors.get(a).cosine(vectors.get(b));
                if (similarity >= threshold) {
                    edges.add(new Edge(a, b, similarity));
                }
            }
        }
        return edges;
    }

    /** The articles whose heavy terms include one term, with that term's weight in each. */
    private static final class Postings {
        int[] docs = new int[4];
        float[] weights = new float[4];
        int size;

        void add(int doc, float weight) {
            if (size == docs.length) {
                docs = java.util.Arrays.copyOf(docs, size * 2);
                weights = java.util.Arrays.copyOf(weights, size * 2);
            }
            docs[size] = doc;
            weights[size++] = weight;
        }
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private record Edge(int a, int b, double similarity) {
    }
}
