package dev.chorus.fingerprint;

import java.util.Arrays;

/**
 * A sparse vector of L2-normalised term weights; term ids ascend, so two vectors meet in one merge pass.
 */
public final class TermVector {

    private final int[] terms;
    private final float[] weights;

    /** Takes ownership of the arrays; {@code terms} must ascend and both must have the same length. */
    TermVector(int[] terms, float[] weights) {
        if (terms.length != weights.length) {
            throw new IllegalArgumentException("terms and weights differ in length");
        }
        this.terms = terms;
        this.weights = weights;
    }

    public int size() {
        return terms.length;
    }

    public int term(int i) {
        return terms[i];
    }

    public float weight(int i) {
        return weights[i];
    }

    /** Cosine similarity with {@code other} (both are unit length, so the dot product). */
    public double cosine(TermVector other) {
        int i = 0;
        int j = 0;
        double sum = 0;
        while (i < terms.length && j < other.terms.length) {
            int a = terms[i];
            int b = other.terms[j];
            if (a == b) {
                sum += (double) weights[i++] * other.weights[j++];
            } else if (a < b) {
                i++;
            } else {
                j++;
            }
        }
        return sum;
    }

    /** Ids of the {@code k} heaviest terms, heaviest first. */
    public int[] topTerms(int k) {
        Integer[] order = new Integer[terms.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Float.compare(weights[y], weights[x]));
        int n = Math.min(k, order.length);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = terms[order[i]];
        }
        return out;
    }
}
