package dev.chorus.eval;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorrelationTest {

    @Test
    void matchesAHandComputedValue() {
        // x = 1..5, y = 2,4,5,4,5: mean x 3, mean y 4; sxy = 6, sxx = 10, syy = 6; r = 6 / sqrt(60)
        double r = Correlation.pearson(new double[]{1, 2, 3, 4, 5}, new double[]{2, 4, 5, 4, 5});
        assertEquals(6 / Math.sqrt(60), r, 1e-12);
        assertEquals(0.7745966692, r, 1e-9);
    }

    @Test
    void perfectAndReversedLines() {
        double[] x = {0.1, 0.5, 0.2, 0.9};
        double[] up = {1.2, 2.0, 1.4, 2.8};       // 2x + 1
        double[] down = {-0.1, -0.5, -0.2, -0.9};
        assertEquals(1.0, Correlation.pearson(x, up), 1e-12);
        assertEquals(-1.0, Correlation.pearson(x, down), 1e-12);
    }

    @Test
    void negatingTheJudgementFlipsTheSign() {
        // the evaluation correlates with -Overall: a score that falls as Overall rises correlates positively
        double[] score = {0.9, 0.7, 0.3, 0.1};
        double[] overall = {1, 2, 3, 4};
        double[] negated = {-1, -2, -3, -4};
        assertTrue(Correlation.pearson(score, overall) < 0);
        assertEquals(-Correlation.pearson(score, overall), Correlation.pearson(score, negated), 1e-12);
    }

    @Test
    void undefinedForConstantOrTooShortSeries() {
        assertTrue(Double.isNaN(Correlation.pearson(new double[]{1, 1, 1}, new double[]{1, 2, 3})));
        assertTrue(Double.isNaN(Correlation.pearson(new double[]{1}, new double[]{2})));
        assertThrows(IllegalArgumentException.class, () -> Correlation.pearson(new double[]{1, 2}, new double[]{1}));
    }
}
