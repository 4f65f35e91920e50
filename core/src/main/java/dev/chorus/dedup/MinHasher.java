package dev.chorus.dedup;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * MinHash (Broder, 1997): for each of {@code n} hash functions, the smallest hash of any shingle in a set. For
 * two sets A and B, one slot agrees exactly when the shingle that hashes lowest in A ∪ B lies in A ∩ B, which
 * happens with probability |A ∩ B| / |A ∪ B|, their Jaccard similarity. The share of agreeing slots estimates
 * it with a standard error of sqrt(J(1 − J) / n): about 0.035 at J = 0.8 with 128 slots.
 *
 * <p>The functions are h<sub>i</sub>(x) = high 32 bits of (a<sub>i</sub>·x + b<sub>i</sub>) mod 2<sup>64</sup>
 * (multiply-add-shift, one multiplication each), with odd a<sub>i</sub> and any b<sub>i</sub> drawn from a
 * {@link SplittableRandom} with the given seed: the same seed gives the same signatures on every JVM. The
 * shingle hashes x are already mixed, so this family behaves as independent random permutations closely
 * enough for the estimate (checked in MinHasherTest).
 */
final class MinHasher {

    private final long[] multipliers;
    private final long[] increments;

    MinHasher(int hashes, long seed) {
        if (hashes < 1) {
            throw new IllegalArgumentException("need at least one hash function, was " + hashes);
        }
        SplittableRandom random = new SplittableRandom(seed);
        multipliers = new long[hashes];
        increments = new long[hashes];
        for (int i = 0; i < hashes; i++) {
            multipliers[i] = random.nextLong() | 1L;
            increments[i] = random.nextLong();
        }
    }

    int size() {
        return multipliers.length;
    }

    /** The signature of a set of shingle hashes; every slot is {@code -1} (0xffffffff) for the empty set. */
    int[] signature(long[] shingles) {
        int n = multipliers.length;
        long[] min = new long[n];
        Arrays.fill(min, 0xffffffffL);
        for (long x : shingles) {
            for (int i = 0; i < n; i++) {
                long h = (multipliers[i] * x + increments[i]) >>> 32;
                if (h < min[i]) {
                    min[i] = h;
                }
            }
        }
        int[] signature = new int[n];
        for (int i = 0; i < n; i++) {
            signature[i] = (int) min[i];
        }
        return signature;
    }

    /** Share of slots in which two signatures agree: the estimate of the Jaccard similarity of their sets. */
    static double similarity(int[] a, int aOffset, int[] b, int bOffset, int n) {
        int same = 0;
        for (int i = 0; i < n; i++) {
            if (a[aOffset + i] == b[bOffset + i]) {
                same++;
            }
        }
        return (double) same / n;
    }
}
