package dev.chorus.eval;

import dev.chorus.model.AnalysedArticle;
import dev.chorus.model.Sentence;
import dev.chorus.sentence.Terms;
import dev.chorus.summarise.WordBudget;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The LexRank baseline (Erkan and Radev 2004), as commonly run for Multi-News: every sentence of the cluster
 * becomes a TF-IDF vector over its stemmed content terms ({@link Terms#of}; IDF counted over the cluster's
 * sentences, each sentence a document); sentences whose cosine is at least {@value #EDGE} are linked; the
 * stationary distribution of a random walk on that graph with damping {@value #DAMPING} (PageRank, power
 * iteration to a change under 1e-6) ranks them. The best are taken greedily, skipping any whose cosine with one
 * already taken exceeds {@value #REDUNDANT}, until the word budget ({@link WordBudget}) is met, in rank order.
 */
public final class LexRankBaseline {

    static final double EDGE = 0.1;
    static final double DAMPING = 0.85;
    static final double REDUNDANT = 0.5;
    private static final int MAX_ITERATIONS = 200;

    private LexRankBaseline() {
    }

    /** The summary sentences of {@code articles} at {@code words} words. */
    public static List<String> summarise(List<AnalysedArticle> articles, int words) {
        List<Sentence> sentences = new ArrayList<>();
        articles.forEach(a -> sentences.addAll(a.sentences()));
        int n = sentences.size();
        List<Map<String, Double>> vectors = vectors(sentences);
        double[][] sim = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                sim[i][j] = sim[j][i] = dot(vectors.get(i), vectors.get(j));
            }
        }
        double[] rank = rank(sim);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -rank[i]).thenComparingInt(i -> i));
        WordBudget budget = new WordBudget(words);
        List<Integer> chosen = new ArrayList<>();
        for (int i : order) {
            if (!budget.open()) {
                break;
            }
            if (vectors.get(i).isEmpty() || chosen.stream().anyMatch(j -> sim[i][j] > REDUNDANT)) {
                continue;
            }
            chosen.add(i);
            budget.take(sentences.get(i).text());
        }
        return chosen.stream().map(i -> sentences.get(i).text()).toList();
    }

    /** PageRank over the graph of edges with similarity >= {@link #EDGE}, rows normalised by degree. */
    static double[] rank(double[][] sim) {
        int n = sim.length;
        double[] degree = new double[n];
        boolean[][] edge = new boolean[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (sim[i][j] >= EDGE) {
                    edge[i][j] = true;
                    degree[i]++;
                }
            }
        }
        double[] p = new double[n];
        java.util.Arrays.fill(p, 1.0 / Math.max(1, n));
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] next = new double[n];
            double dangling = 0;
            for (int i = 0; i < n; i++) {
                if (degree[i] == 0) {
                    dangling += p[i];
                    continue;
                }
                double share = p[i] / degree[i];
                for (int j = 0; j < n; j++) {
                    if (edge[i][j]) {
                        next[j] += share;
                    }
                }
            }
            double change = 0;
            for (int j = 0; j < n; j++) {
                next[j] = (1 - DAMPING) / n + DAMPING * (next[j] + dangling / n);
                change += Math.abs(next[j] - p[j]);
            }
            p = next;
            if (change < 1e-6) {
                break;
            }
        }
        return p;
    }

    private static List<Map<String, Double>> vectors(List<Sentence> sentences) {
        List<Map<String, Integer>> counts = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        for (Sentence s : sentences) {
            Map<String, Integer> tf = new HashMap<>();
            Terms.of(s.text()).forEach(t -> tf.merge(t, 1, Integer::sum));
            tf.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
            counts.add(tf);
        }
        int n = sentences.size();
        List<Map<String, Double>> out = new ArrayList<>();
        for (Map<String, Integer> tf : counts) {
            Map<String, Double> v = new HashMap<>();
            double norm = 0;
            for (Map.Entry<String, Integer> e : tf.entrySet()) {
                double w = e.getValue() * Math.log((double) n / df.get(e.getKey()) + 1);
                v.put(e.getKey(), w);
                norm += w * w;
            }
            double len = Math.sqrt(norm);
            v.replaceAll((k, w) -> w / len);
            out.add(v);
        }
        return out;
    }

    private static double dot(Map<String, Double> a, Map<String, Double> b) {
        if (a.size() > b.size()) {
            return dot(b, a);
        }
        double s = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            Double w = b.get(e.getKey());
            if (w != null) {
                s += w * e.getValue();
            }
        }
        return s;
    }
}
