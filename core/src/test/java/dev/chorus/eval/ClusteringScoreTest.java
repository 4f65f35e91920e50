package dev.chorus.eval;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ClusteringScoreTest {

    private static final double EPS = 1e-9;

    /**
     * True clusters X = {a, b, c, d} and Y = {e, f}; predicted P1 = {a, b, c}, P2 = {d, e, f}.
     *
     * <pre>
     * B-cubed, per item:      precision              recall
     *   a, b, c (P1, X)       3/3 = 1                3/4
     *   d       (P2, X)       1/3                    1/4
     *   e, f    (P2, Y)       2/3                    2/2 = 1
     *   mean over 6 items     (3 + 1/3 + 4/3)/6      (9/4 + 1/4 + 2)/6
     *                         = 14/18 = 7/9          = 4.5/6 = 3/4
     *   F1 = 2 * (7/9)(3/4) / (7/9 + 3/4) = (7/6) / (55/36) = 42/55
     *
     * Pairwise: predicted pairs 3 (P1) + 3 (P2) = 6; true pairs 6 (X) + 1 (Y) = 7;
     *   predicted and true: ab ac bc in P1, ef in P2 = 4.
     *   precision 4/6 = 2/3, recall 4/7, F1 = 2 * (2/3)(4/7) / (2/3 + 4/7) = (16/21) / (26/21) = 8/13
     * </pre>
     */
    @Test
    void matchesTheHandWorkedExample() {
        Map<String, String> gold = Map.of("a", "X", "b", "X", "c", "X", "d", "X", "e", "Y", "f", "Y");
        ClusteringScore score = ClusteringScore.of(List.of(List.of("a", "b", "c"), List.of("d", "e", "f")), gold);

        assertEquals(7.0 / 9, score.bcubedPrecision(), EPS);
        assertEquals(3.0 / 4, score.bcubedRecall(), EPS);
        assertEquals(42.0 / 55, score.bcubedF1(), EPS);
        assertEquals(2.0 / 3, score.pairPrecision(), EPS);
        assertEquals(4.0 / 7, score.pairRecall(), EPS);
        assertEquals(8.0 / 13, score.pairF1(), EPS);
    }

    @Test
    void perfectClusteringScoresOneAndSingletonsHaveFullPrecisionOnly() {
        Map<String, String> gold = Map.of("a", "X", "b", "X", "c", "Y");
        ClusteringScore perfect = ClusteringScore.of(List.of(List.of("a", "b"), List.of("c")), gold);
        assertEquals(1, perfect.bcubedF1(), EPS);
        assertEquals(1, perfect.pairF1(), EPS);

        ClusteringScore singletons = ClusteringScore.of(List.of(List.of("a"), List.of("b"), List.of("c")), gold);
        assertEquals(1, singletons.bcubedPrecision(), EPS);
        assertEquals((0.5 + 0.5 + 1) / 3, singletons.bcubedRecall(), EPS);
        assertEquals(1, singletons.pairPrecision(), EPS, "no pair claimed, none wrong");
        assertEquals(0, singletons.pairRecall(), EPS);
    }

    @Test
    void itemsLeftOutOfThePredictionDoNotCount() {
        Map<String, String> gold = Map.of("a", "X", "b", "X", "dropped", "X");
        ClusteringScore score = ClusteringScore.of(List.of(List.of("a", "b")), gold);
        assertEquals(1, score.bcubedRecall(), EPS);
        assertEquals(1, score.pairRecall(), EPS);
    }
}
