package dev.chorus.compare;

import dev.chorus.model.AnalysedArticle;
import dev.chorus.model.Story;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A story of many verbatim copies (a wire report picked up by dozens of outlets) costs work per distinct
 * sentence, not per pair of copies, and gives the same answers as a story of a few copies. Guards the cost
 * by counting similarity computations, never by timing.
 */
class ScaleTest {

    /** {@code copies} outlets each running the wire or the rewrite of the Douro story verbatim, plus the local paper. */
    private static List<AnalysedArticle> syndicated(int copies) {
        List<AnalysedArticle> douro = Fixtures.douro();
        List<AnalysedArticle> out = new ArrayList<>();
        for (int k = 0; k < copies; k++) {
            AnalysedArticle source = douro.get(k % 2); // wire, rewrite
            out.add(Fixtures.article("outlet-" + k, source.article().paragraphs().toArray(String[]::new)));
        }
        out.add(douro.get(3)); // local
        return out;
    }

    @Test
    void similarityWorkGrowsWithDistinctSentencesNotCopies() {
        long[] few = new long[1];
        long[] many = new long[1];
        new ClaimAligner().groups(syndicated(4), few);
        List<ClaimGroup> groups = new ClaimAligner().groups(syndicated(200), many);
        assertTrue(few[0] > 0);
        // 200 copies of 13 distinct sentences: all pairs of copies would be over 3 million computations
        assertEquals(few[0], many[0], "similarity computations should not depend on the number of copies");
        ClaimGroup protest = groups.stream()
                .filter(g -> g.claim().text().contains("had protested against water cuts")).findFirst().orElseThrow();
        assertEquals(201, protest.claim().articles().size(), protest.claim().toString());
    }

    private static List<List<String>> values(Comparison c) {
        return c.conflicts().stream().map(x -> x.variants().stream().map(Story.Variant::value).sorted().toList())
                .toList();
    }

    @Test
    void manyCopiesGiveTheSameConflictsAsFew() {
        Comparison few = new CompareStage().compare(syndicated(4));
        Comparison many = new CompareStage().compare(syndicated(120));
        assertEquals(values(few), values(many));
        Story.Conflict protest = many.conflicts().stream().filter(c -> c.variants().stream()
                .anyMatch(v -> v.value().contains("5,000"))).findFirst().orElseThrow();
        assertEquals(121, protest.variants().stream().mapToInt(v -> v.articles().size()).sum(), protest.toString());
        // 60 verbatim copies of each of two reports: each copy against its report's origin, not every pair
        long wirePairs = many.copies().stream().filter(c -> c.shared() == 1.0).count();
        assertEquals(2 * 59, wirePairs, "copies: " + many.copies().size());
        assertEquals(2, many.copies().stream().filter(c -> c.shared() == 1.0).map(Story.Copy::a).distinct().count());
    }
}
