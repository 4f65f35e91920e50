package dev.chorus.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtractionScoreTest {

    private static final double EPS = 1e-9;

    @Test
    void sameTokensScorePerfectlyWhateverThePunctuationAndSpacing() {
        ExtractionScore same = ExtractionScore.of("one two, three four five", "one two three\nfour  five!");
        assertEquals(1, same.tp(), EPS);
        assertTrue(same.exact());
    }

    @Test
    void caseCountsAndExactMeansSameTokenList() {
        ExtractionScore s = ExtractionScore.of("one two three four", "One two three four");
        assertFalse(s.exact());
        assertEquals(0, s.tp(), EPS);
        assertFalse(ExtractionScore.of("a b c d e", "a b c d").exact());
    }

    @Test
    void tokensAreUnicodeWordRuns() {
        assertEquals(List.of("Zürich", "s", "café", "2024", "a_b"), ExtractionScore.tokens("Zürich's café—2024 a_b"));
    }

    @Test
    void partialOverlapIsNormalisedToSumOne() {
        // truth: a b c d e -> shingles abcd, bcde; prediction: a b c d x -> abcd, bcdx
        ExtractionScore s = ExtractionScore.of("a b c d e", "a b c d x");
        assertEquals(1.0 / 3, s.tp(), EPS);
        assertEquals(1.0 / 3, s.fp(), EPS);
        assertEquals(1.0 / 3, s.fn(), EPS);
        assertEquals(0.5, s.precision(), EPS);
        assertEquals(0.5, s.recall(), EPS);
    }

    @Test
    void shinglesAreCountedAsAMultiset() {
        // truth has "a b c d" twice (7 tokens: a b c d a b c d has 5 shingles), prediction once.
        ExtractionScore s = ExtractionScore.of("a b c d a b c d", "a b c d");
        // truth shingles: abcd x2, bcda, cdab, dabc = 5; prediction: abcd = 1 -> tp 1, fp 0, fn 4
        assertEquals(1.0 / 5, s.tp(), EPS);
        assertEquals(0, s.fp(), EPS);
        assertEquals(4.0 / 5, s.fn(), EPS);
        assertEquals(1, s.precision(), EPS);
    }

    @Test
    void emptyCases() {
        ExtractionScore both = ExtractionScore.of("", "  ");
        assertEquals(1, both.tp(), EPS);
        assertEquals(1, both.precision(), EPS);
        assertEquals(1, both.recall(), EPS);

        ExtractionScore noPrediction = ExtractionScore.of("a b c d e", null);
        assertFalse(noPrediction.hasPrediction());
        assertTrue(Double.isNaN(noPrediction.precision()));
        assertEquals(0, noPrediction.recall(), EPS);

        ExtractionScore noTruth = ExtractionScore.of("", "a b c d");
        assertFalse(noTruth.hasTruth());
        assertEquals(0, noTruth.precision(), EPS);
    }

    @Test
    void shortTextsFormOneShingle() {
        assertEquals(1, ExtractionScore.of("a b", "a b").tp(), EPS);
        assertEquals(0, ExtractionScore.of("a b", "a c").tp(), EPS);
    }
}
