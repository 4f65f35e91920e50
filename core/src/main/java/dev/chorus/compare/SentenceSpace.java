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
 * as a term, so figures count like rare words. Immutable after construction.
 */
final class SentenceSpace {

    private final List<Sentence> sentences;
    private final List<Map<String, Double>> vectors = new ArrayList<>();
    private final Map<String, List<Integer>> postings = new HashMap<>();

    SentenceSpace(List<Sentence> sentences) {
        this.sentences = List.copyOf(sentences);
        List<Map<String, Integer>> counts = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        for (Sentence s : sentences) {
            Map<String, Integer> tf = new HashMap<>();
            for (String t : Terms.of(s.text())) {
                tf.merge(t, 1, Integer::sum);
            }
            counts.add(tf);
            tf.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
        }
        int n = sentences.size();
        for (int i = 0; i < n; i++) {
            Map<String, Double> v = new HashMap<>();
            double norm = 0;
            for (Map.Entry<String, Integer> e : counts.get(i).entrySet()) {
                double w = Math.sqrt(e.getValue()) * Math.log(1.0 + (double) n / df.get(e.getKey()));
                v.put(e.getKey(), w);
                norm += w * w;
            }
            double len = Math.sqrt(norm);
            if (len > 0) {
                v.replaceAll((k, w) -> w / len);
            }
            vectors.add(v);
            for (String t : v.keySet()) {
                postings.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
            }
        }
    }

    List<Sentence> sentences() {
        return sentences;
    }

    /** Cosine similarity of sentences {@code i} and {@code j}. */
    double similarity(int i, int j) {
        Map<String, Double> a = vectors.get(i);
        Map<String, Double> b = vectors.get(j);
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

    /** Similarities of sentence {@code i} to every sentence sharing a term with it (itself excluded). */
    Map<Integer, Double> neighbours(int i) {
        Map<Integer, Double> dot = new HashMap<>();
        for (Map.Entry<String, Double> e : vectors.get(i).entrySet()) {
            for (int j : postings.get(e.getKey())) {
                if (j != i) {
                    dot.merge(j, e.getValue() * vectors.get(j).get(e.getKey()), Double::sum);
                }
            }
        }
        return dot;
    }
}
