package dev.chorus.eval;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SameStoryDecisionTest {

    @Test
    void countsOnlyClearlyJudgedPairs() {
        double[] overall = {1.0, 1.5, 1.0, 2.0, 2.9, 3.0, 4.0, 3.5, 1.25};
        double[] scores  = {0.9, 0.6, 0.2, 0.9, 0.1, 0.7, 0.1, 0.4, 0.55};
        SameStoryDecision d = SameStoryDecision.of(scores, overall, 0.5);
        // same (<= 1.5): 0.9 yes, 0.6 yes, 0.2 no, 0.55 yes -> tp 3, fn 1
        // different (>= 3): 0.7 yes, 0.1 no, 0.4 no -> fp 1, tn 2; 2.0 and 2.9 left out
        assertEquals(new SameStoryDecision(3, 1, 1, 2), d);
        assertEquals(7, d.decided());
        assertEquals(0.75, d.precision(), 1e-12);
        assertEquals(0.75, d.recall(), 1e-12);
        assertEquals(0.75, d.f1(), 1e-12);
    }

    @Test
    void precisionAndRecallDiffer() {
        // tp 1, fp 3, fn 0: P = 1/4, R = 1, F1 = 2 * 0.25 / 1.25 = 0.4
        SameStoryDecision d = SameStoryDecision.of(new double[]{0.8, 0.8, 0.8, 0.8}, new double[]{1, 4, 3, 3.5}, 0.5);
        assertEquals(0.25, d.precision(), 1e-12);
        assertEquals(1.0, d.recall(), 1e-12);
        assertEquals(0.4, d.f1(), 1e-12);
    }

    @Test
    void nothingCalledSameGivesZeroNotNaN() {
        SameStoryDecision d = SameStoryDecision.of(new double[]{0.1, 0.1}, new double[]{1, 4}, 0.5);
        assertEquals(0.0, d.precision());
        assertEquals(0.0, d.recall());
        assertEquals(0.0, d.f1());
    }
}
