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
 * <p>Candidate pairs come from an inverted index over each article's heaviest terms, so the work grows
 * with the number of articles that share vocabulary rather than with the square of the batch. Pairs at or
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
        LocalDate[] earliest = new LocalDate[n];
        LocalDate[] latest = new LocalDate[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
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
            int root = Math.min(ra, rb);
            int child = Math.max(ra, rb);
            parent[child] = root;
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

    private List<Edge> candidateEdges(List<TermVector> vectors) {
        Map<Integer, List<Integer>> postings = new HashMap<>();
        for (int doc = 0; doc < vectors.size(); doc++) {
            for (int term : vectors.get(doc).topTerms(TOP_TERMS)) {
                postings.computeIfAbsent(term, t -> new ArrayList<>()).add(doc);
            }
        }
        List<Edge> edges = new ArrayList<>();
        for (int doc = 0; doc < vectors.size(); doc++) {
            Map<Integer, Integer> shared = new HashMap<>();
            for (int term : vectors.get(doc).topTerms(TOP_TERMS)) {
                List<Integer> list = postings.get(term);
                if (list.size() > MAX_POSTINGS) {
                    continue;
                }
                for (int other : list) {
                    if (other > doc) {
                        shared.merge(other, 1, Integer::sum);
                    }
                }
            }
            for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
                if (e.getValue() < 2) {
                    continue; // one shared keyword is topic, not story
                }
                double similarity = vectors.get(doc).cosine(vectors.get(e.getKey()));
                if (similarity >= threshold) {
                    edges.add(new Edge(doc, e.getKey(), similarity));
                }
            }
        }
        return edges;
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
