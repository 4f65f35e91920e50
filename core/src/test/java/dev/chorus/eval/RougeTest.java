package dev.chorus.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** ROUGE against values worked out by hand (the working is in the comments). */
class RougeTest {

    private static final double EPS = 1e-9;

    @Test
    void tokensAreLowercaseWordRunsWithoutStemming() {
        // \w+ runs: the apostrophe, comma, full stops and hyphen separate; the underscore does not
        assertEquals(List.of("u", "s", "president", "s", "2", "000", "strong", "crowd_size", "zürich", "cafés"),
                Rouge.tokens("U.S. President's 2,000-strong crowd_size: Zürich CAFÉS!"));
    }

    @Test
    void oneWordChanged() {
        // candidate  the cat was on the mat   (6 tokens)
        // reference  the cat sat on the mat   (6 tokens)
        // unigrams: the 2/2, cat 1/1, was 1/0, on 1/1, mat 1/1 -> clipped overlap 2+1+0+1+1 = 5; P = R = 5/6
        // bigrams: cand {the cat, cat was, was on, on the, the mat}, ref {the cat, cat sat, sat on, on the, the mat}
        //          -> overlap 3 of 5 each; P = R = 3/5
        // LCS: the cat on the mat = 5; P = R = 5/6
        Rouge.Score s = Rouge.score("The cat was on the mat", "The cat sat on the mat.");
        assertEquals(5.0 / 6, s.rouge1(), EPS);
        assertEquals(3.0 / 5, s.rouge2(), EPS);
        assertEquals(5.0 / 6, s.rougeL(), EPS);
    }

    @Test
    void countsAreClipped() {
        // candidate the the the the (4), reference the cat (2)
        // ROUGE-1: overlap min(4, 1) = 1; P = 1/4, R = 1/2, F = 2 (1/8) / (3/4) = 1/3
        // ROUGE-2: candidate bigrams are 3 x "the the", none in the reference -> 0
        // ROUGE-L: LCS = 1 -> same as ROUGE-1, 1/3
        Rouge.Score s = Rouge.score("the the the the", "the cat");
        assertEquals(1.0 / 3, s.rouge1(), EPS);
        assertEquals(0.0, s.rouge2(), EPS);
        assertEquals(1.0 / 3, s.rougeL(), EPS);
    }

    @Test
    void precisionIsTheClippedShareOfTheCandidatesNgrams() {
        // candidate "the cat sat the" against reference "the cat": unigrams the x2, cat, sat; clipped overlap
        // min(2, 1) + 1 = 2 of 4; bigrams "the cat", "cat sat", "sat the": 1 of 3
        List<String> candidate = Rouge.tokens("The cat sat, the");
        List<String> reference = Rouge.tokens("the cat");
        assertEquals(0.5, Rouge.precisionN(candidate, reference, 1), EPS);
        assertEquals(1.0 / 3, Rouge.precisionN(candidate, reference, 2), EPS);
        assertEquals(0.0, Rouge.precisionN(List.of("cat"), reference, 2), EPS, "no bigram to share");
    }

    @Test
    void reorderedShortCandidate() {
        // candidate police arrested two men (4)
        // reference two men were arrested by police on monday (8)
        // ROUGE-1: all 4 candidate words are in the reference: P = 1, R = 4/8, F = 2 (1/2) / (3/2) = 2/3
        // ROUGE-2: candidate {police arrested, arrested two, two men}, reference has 7 bigrams, shared: two men
        //          P = 1/3, R = 1/7, F = 2 (1/21) / (10/21) = 1/5
        // ROUGE-L: order matters. "police" and "arrested" come before "two men" in the candidate but after it
        //          in the reference, and in opposite order to each other, so the longest common subsequence is
        //          "two men": LCS = 2, P = 2/4, R = 2/8, F = 2 (1/8) / (3/4) = 1/3
        Rouge.Score s = Rouge.score("Police arrested two men", "Two men were arrested by police on Monday.");
        assertEquals(2.0 / 3, s.rouge1(), EPS);
        assertEquals(1.0 / 5, s.rouge2(), EPS);
        assertEquals(1.0 / 3, s.rougeL(), EPS);
    }

    @Test
    void emptyOrDisjointTextsScoreZero() {
        assertEquals(new Rouge.Score(0, 0, 0), Rouge.score("", "anything at all"));
        assertEquals(new Rouge.Score(0, 0, 0), Rouge.score("storm", ""));
        assertEquals(new Rouge.Score(0, 0, 0), Rouge.score("storm hits coast", "markets close higher"));
        // one token each: no bigrams at all, so ROUGE-2 is 0 even for identical texts
        assertEquals(new Rouge.Score(1, 0, 1), Rouge.score("Storm.", "storm"));
    }

    @Test
    void lcsIsTheLongestCommonSubsequence() {
        // a b c b d a b  vs  b d c a b a : classic example, LCS length 4 (e.g. b c b a / b d a b)
        assertEquals(4, Rouge.lcs(List.of("a", "b", "c", "b", "d", "a", "b"), List.of("b", "d", "c", "a", "b", "a")));
        assertThrows(IllegalArgumentException.class, () -> Rouge.rougeN(List.of("a"), List.of("a"), 0));
    }
}
