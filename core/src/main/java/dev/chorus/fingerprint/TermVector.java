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

    /** The weight of {@code term}, 0 when absent. */
    public float weightOf(int term) {
        int i = Arrays.binarySearch(terms, term);
        return i >= 0 ? weights[i] : 0f;
    }

    /** Cosine similarity with {@code other} (both are unit length, so the dot product). */
    public double cosine(TermVector other) {
        return dot(other);
    }

    /** The dot product with {@code other}. */
    public double dot(TermVector other) {
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

    /**
     * The sum of this vector and {@code other}, not normalised: the sum of a group's unit vectors, whose dot
     * product with another group's sum is the total of all pairwise cosines between the two groups.
     */
    public TermVector plus(TermVector other) {
        int[] t = new int[terms.length + other.terms.length];
        float[] w = new float[t.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < terms.length || j < other.terms.length) {
            if (j >= other.terms.length || (i < terms.length && terms[i] < other.terms[j])) {
                t[n] = terms[i];
                w[n++] = weights[i++];
            } else if (i >= terms.length || other.terms[j] < terms[i]) {
                t[n] = other.terms[j];
                w[n++] = other.weights[j++];
            } else {
                t[n] = terms[i];
                w[n++] = weights[i++] + other.weights[j++];
            }
        }
        return new TermVector(Arrays.copyOf(t, n), Arrays.copyOf(w, n));
    }

    /** Ids of the {@code k} heaviest terms, heaviest first. */
    public int[] topTerms(int k) {
        // Weights are non-negative, so their float bits order like the floats; pack (weight, index) in a long.
        long[] packed = new long[terms.length];
        for (int i = 0; i < terms.length; i++) {
            packed[i] = ((long) Float.floatToIntBits(weights[i]) << 32) | (0xffffffffL - i);
        }
        Arrays.sort(packed);
        int n = Math.min(k, packed.length);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = terms[(int) (0xffffffffL - (packed[packed.length - 1 - i] & 0xffffffffL))];
        }
        return out;
    }

    /** This vector cut to its {@code k} heaviest terms (not renormalised). */
    public TermVector heaviest(int k) {
        if (k >= terms.length) {
            return this;
        }
        int[] keep = topTerms(k);
        Arrays.sort(keep);
        float[] w = new float[keep.length];
        for (int i = 0; i < keep.length; i++) {
            w[i] = weightOf(keep[i]);
        }
        return new TermVector(keep, w);
    }
}
