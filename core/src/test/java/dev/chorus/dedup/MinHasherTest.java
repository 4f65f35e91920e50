package dev.chorus.dedup;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The two probabilities the index relies on, checked by sampling: one MinHash slot agrees with probability
 * equal to the Jaccard similarity, and an LSH band collision happens with probability 1 − (1 − s^r)^b.
 */
class MinHasherTest {

    /** Two sets of mixed 64-bit "shingle hashes" with {@code shared} in common and {@code onlyA}, {@code onlyB} apart. */
    private static long[][] pair(int shared, int onlyA, int onlyB, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] a = new long[shared + onlyA];
        long[] b = new long[shared + onlyB];
        for (int i = 0; i < shared; i++) {
            a[i] = b[i] = random.nextLong();
        }
        for (int i = 0; i < onlyA; i++) {
            a[shared + i] = random.nextLong();
        }
        for (int i = 0; i < onlyB; i++) {
            b[shared + i] = random.nextLong();
        }
        Arrays.sort(a);
        Arrays.sort(b);
        return new long[][] {a, b};
    }

    @Property(tries = 200)
    void signatureAgreementEstimatesJaccard(@ForAll @IntRange(min = 1, max = 400) int shared,
                                            @ForAll @IntRange(max = 300) int onlyA,
                                            @ForAll @IntRange(max = 300) int onlyB,
                                            @ForAll @LongRange long seed) {
        long[][] sets = pair(shared, onlyA, onlyB, seed);
        double jaccard = (double) shared / (shared + onlyA + onlyB);
        assertEquals(jaccard, Shingler.jaccard(sets[0], sets[1]), 1e-12);

        MinHasher hasher = new MinHasher(128, seed ^ 0x9e3779b97f4a7c15L);
        double estimate = MinHasher.similarity(hasher.signature(sets[0]), 0, hasher.signature(sets[1]), 0, 128);
        // Binomial(128, J) / 128: more than 5 standard errors off happens about once in 3 million tries.
        double tolerance = 5 * Math.sqrt(jaccard * (1 - jaccard) / 128) + 1.0 / 128;
        assertEquals(jaccard, estimate, tolerance, "J=" + jaccard);
    }

    @Test
    void slotAgreementRateMatchesJaccardOverManyFunctions() {
        long[][] sets = pair(300, 50, 25, 7); // J = 300 / 375 = 0.8
        MinHasher hasher = new MinHasher(20_000, 99);
        double rate = MinHasher.similarity(hasher.signature(sets[0]), 0, hasher.signature(sets[1]), 0, 20_000);
        assertEquals(0.8, rate, 0.015, "standard error 0.0028 at 20,000 functions");
    }

    @Test
    void bandCollisionRateFollowsTheSCurve() {
        int bands = 16;
        int rows = 8;
        for (double[] c : new double[][] {{300, 75}, {210, 90}, {150, 150}}) { // J = 0.8, 0.7, 0.5
            int shared = (int) c[0];
            int apart = (int) c[1];
            long[][] sets = pair(shared, apart / 2, apart - apart / 2, 11);
            double jaccard = Shingler.jaccard(sets[0], sets[1]);
            int trials = 2000;
            int hits = 0;
            for (int seed = 0; seed < trials; seed++) {
                LshIndex lsh = new LshIndex(bands, rows, 10);
                MinHasher hasher = new MinHasher(bands * rows, seed);
                lsh.insert(0, hasher.signature(sets[0]), 0);
                boolean[] found = {false};
                lsh.candidates(hasher.signature(sets[1]), 0, doc -> found[0] = true);
                hits += found[0] ? 1 : 0;
            }
            double expected = LshIndex.candidateProbability(jaccard, bands, rows);
            double sd = Math.sqrt(expected * (1 - expected) / trials);
            assertEquals(expected, (double) hits / trials, 5 * sd + 0.005, "J=" + jaccard);
        }
        assertTrue(LshIndex.candidateProbability(0.8, bands, rows) > 0.94);
        assertTrue(LshIndex.candidateProbability(0.5, bands, rows) < 0.07);
    }
}
