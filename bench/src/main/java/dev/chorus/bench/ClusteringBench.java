package dev.chorus.bench;

import dev.chorus.cluster.StoryClusterer;
import dev.chorus.cluster.StreamingStoryClusterer;
import dev.chorus.eval.ClusteringScore;
import dev.chorus.fingerprint.TermVector;
import dev.chorus.fingerprint.TfIdfVectorizer;
import dev.chorus.model.AnalysedArticle;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Story clustering on Multi-News, side by side with the naive baseline that compares every pair of articles
 * (same vectors, same threshold, same single link): B-cubed precision/recall/F1 against the Multi-News
 * clusters, time, and the ratio. Usage: {@code ClusteringBench FILE.jsonl.gz [CLUSTERS] [--no-baseline]}.
 */
public final class ClusteringBench {

    /** The cosine at which the all-pairs single-link baseline joins two articles: its best B-cubed F1 on Multi-News. */
    static final double BASELINE_THRESHOLD = 0.25;

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "../shared/bench/multinews/multinews-val-1000.jsonl.gz");
        int clusters = args.length > 1 && !args[1].startsWith("--") ? Integer.parseInt(args[1]) : 1000;
        boolean baseline = !List.of(args).contains("--no-baseline");
        MultiNews corpus = MultiNews.load(file, clusters);
        System.out.printf("corpus: %s, %d clusters, %d articles%n", file.getFileName(), clusters, corpus.articles.size());

        // Multi-News has no dates, so arrival order is the input order: shuffle it, or each story's articles
        // would arrive together, which no real stream does.
        long seed = Long.parseLong(option(args, "--seed", "42"));
        java.util.Collections.shuffle(corpus.articles, new java.util.Random(seed));
        for (String t : option(args, "--thresholds", "").split(",")) {
            if (t.isBlank()) {
                continue;
            }
            StreamingStoryClusterer.Options options = StreamingStoryClusterer.DEFAULTS.withThreshold(Double.parseDouble(t));
            long start = System.nanoTime();
            List<List<AnalysedArticle>> stories = new StoryClusterer(options).cluster(corpus.articles);
            double[] f = bcubed(stories, corpus.gold);
            System.out.printf("threshold %s: P=%.3f R=%.3f F1=%.3f stories=%d largest=%s %.2fs%n", t, f[0], f[1], f[2],
                    stories.size(), largest(stories), (System.nanoTime() - start) / 1e9);
        }
        long t0 = System.nanoTime();
        List<List<AnalysedArticle>> stories = new StoryClusterer().cluster(corpus.articles);
        double chorusSeconds = (System.nanoTime() - t0) / 1e9;
        double[] chorus = bcubed(stories, corpus.gold);
        System.out.printf("chorus (inverted index): P=%.3f R=%.3f F1=%.3f stories=%d largest=%s time=%.2fs (%.0f articles/s)%n",
                chorus[0], chorus[1], chorus[2], stories.size(), largest(stories), chorusSeconds,
                corpus.articles.size() / chorusSeconds);
        if (!baseline) {
            return;
        }
        t0 = System.nanoTime();
        List<List<AnalysedArticle>> naive = allPairs(corpus.articles, BASELINE_THRESHOLD);
        double naiveSeconds = (System.nanoTime() - t0) / 1e9;
        double[] base = bcubed(naive, corpus.gold);
        System.out.printf("baseline (all pairs):    P=%.3f R=%.3f F1=%.3f stories=%d time=%.2fs (%.0f articles/s)%n",
                base[0], base[1], base[2], naive.size(), naiveSeconds, corpus.articles.size() / naiveSeconds);
        System.out.printf("ratio chorus/baseline: speed x%.1f, F1 %+.3f%n", naiveSeconds / chorusSeconds, chorus[2] - base[2]);
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    /** Sizes of the five largest stories: chaining shows up here first. */
    static List<Integer> largest(List<List<AnalysedArticle>> stories) {
        return stories.stream().map(List::size).sorted(java.util.Comparator.reverseOrder()).limit(5).toList();
    }

    /** Single-link clustering over every pair, with no date window: what the inverted index must match. */
    static List<List<AnalysedArticle>> allPairs(List<AnalysedArticle> articles, double threshold) {
        List<TermVector> vectors = new TfIdfVectorizer().vectorize(articles);
        int n = articles.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (vectors.get(i).cosine(vectors.get(j)) >= threshold) {
                    parent[find(parent, j)] = find(parent, i);
                }
            }
        }
        Map<Integer, List<AnalysedArticle>> groups = new HashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), r -> new java.util.ArrayList<>()).add(articles.get(i));
        }
        return List.copyOf(groups.values());
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** B-cubed precision, recall and F1 of {@code predicted} against {@code gold} cluster labels. */
    static double[] bcubed(List<List<AnalysedArticle>> predicted, Map<String, Integer> gold) {
        ClusteringScore score = ClusteringScore.of(
                predicted.stream().map(c -> c.stream().map(AnalysedArticle::id).toList()).toList(), gold);
        return new double[] {score.bcubedPrecision(), score.bcubedRecall(), score.bcubedF1()};
    }
}
