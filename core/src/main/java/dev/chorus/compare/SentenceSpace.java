package dev.chorus.compare;

import dev.chorus.model.Sentence;
import dev.chorus.sentence.Terms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * TF-IDF vectors of a fixed list of sentences over their stemmed content terms ({@link Terms#of}), with an
 * inverted index so that similar sentences are found without comparing every pair. Numbers keep their value
 * as a term, so figures count like rare words. Built per call and confined to one thread.
 */
final class SentenceSpace {

    private final List<Sentence> sentences;
    private final List<Map<String, Double>> vectors = new ArrayList<>();
    private final Map<String, int[]> postingIds = new HashMap<>();
    private final Map<String, double[]> postingWeights = new HashMap<>();
    private final int[] termCounts;
    private double[] scratch;
    private int[] touched;

    SentenceSpace(List<Sentence> sentences) {
        this(sentences, null);
    }

    /**
     * A space where sentence {@code i} stands for {@code multiplicity[i]} identical sentences (null: one each):
     * document frequencies count every copy, so weights are those of the space of all copies.
     */
    SentenceSpace(List<Sentence> sentences, int[] multiplicity) {
        this.sentences = List.copyOf(sentences);
        List<Map<String, Integer>> counts = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        termCounts = new int[sentences.size()];
        long total = 0;
        for (int i = 0; i < sentences.size(); i++) {
            Map<String, Integer> tf = new HashMap<>();
            List<String> terms = Terms.of(sentences.get(i).text());
            termCounts[i] = terms.size();
            for (String t : terms) {
                tf.merge(t, 1, Integer::sum);
            }
            counts.add(tf);
            int copies = multiplicity == null ? 1 : multiplicity[i];
            total += copies;
            tf.keySet().forEach(t -> df.merge(t, copies, Integer::sum));
        }
        int n = sentences.size();
        for (int i = 0; i < n; i++) {
            Map<String, Double> v = new HashMap<>();
            double norm = 0;
            for (Map.Entry<String, Integer> e : counts.get(i).entrySet()) {
                double w = Math.sqrt(e.getValue()) * Math.log(1.0 + (double) total / df.get(e.getKey()));
                v.put(e.getKey(), w);
                norm += w * w;
            }
            double len = Math.sqrt(norm);
            if (len > 0) {
                v.replaceAll((k, w) -> w / len);
            }
            vectors.add(v);
        }
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (String t : vectors.get(i).keySet()) {
                postings.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
            }
        }
        postings.forEach((t, list) -> {
            int[] ids = new int[list.size()];
            double[] weights = new double[list.size()];
            for (int k = 0; k < ids.length; k++) {
                ids[k] = list.get(k);
                weights[k] = vectors.get(ids[k]).get(t);
            }
            postingIds.put(t, ids);
            postingWeights.put(t, weights);
        });
    }

    List<Sentence> sentences() {
        return sentences;
    }

    /** Number of content terms of sentence {@code i}, repeats counted. */
    int termCount(int i) {
        return termCounts[i];
    }

    /** The unit TF-IDF vector of sentence {@code i} (read-only). */
    Map<String, Double> vector(int i) {
        return java.util.Collections.unmodifiableMap(vectors.get(i));
    }

    /** Cosine similarity of sentences {@code i} and {@code j}. */
    double similarity(int i, int j) {
        return dot(vectors.get(i), vectors.get(j));
    }

    /** The dot product of two sparse term vectors. */
    static double dot(Map<String, Double> a, Map<String, Double> b) {
        if (a.size() > b.size()) {
            Map<String, Double> t = a;
            a = b;
            b = t;
        }
        double dot = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            Double w = b.get(e.getKey());
            if (w != null) {
                dot += w * e.getValue();
            }
        }
        return dot;
    }

    /** Receives one neighbour of a sentence and its cosine similarity. */
    interface Neighbour {
        void accept(int j, double similarity);
    }

    /**
     * Calls {@code action} for every sentence {@code j > i} sharing a term with sentence {@code i}, in increasing
     * order of {@code j}. Uses scratch arrays of this instance: not for concurrent use.
     */
    void forEachLaterNeighbour(int i, Neighbour action) {
        int n = sentences.size();
        if (scratch == null) {
            scratch = new double[n];
            touched = new int[n];
        }
        int count = 0;
        for (Map.Entry<String, Double> e : vectors.get(i).entrySet()) {
            int[] ids = postingIds.get(e.getKey());
            double[] weights = postingWeights.get(e.getKey());
            // postings are in increasing sentence order: start after i
            int from = java.util.Arrays.binarySearch(ids, i) + 1;
            for (int k = from; k < ids.length; k++) {
                int j = ids[k];
                if (scratch[j] == 0) {
                    touched[count++] = j;
                }
                scratch[j] += e.getValue() * weights[k];
            }
        }
        java.util.Arrays.sort(touched, 0, count);
        for (int k = 0; k < count; k++) {
            int j = touched[k];
            double sim = scratch[j];
            scratch[j] = 0;
            action.accept(j, sim);
        }
    }
}
