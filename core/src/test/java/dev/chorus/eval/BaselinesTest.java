package dev.chorus.eval;

import dev.chorus.model.AnalysedArticle;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.chorus.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BaselinesTest {

    private static final AnalysedArticle A = article("a", "Storm", null,
            "Storm Edda brought down power lines across the north coast on Tuesday night.",
            "About 40,000 homes were still without electricity on Wednesday morning.",
            "The grid operator said most would be reconnected by Friday.");
    private static final AnalysedArticle B = article("b", "Edda", null,
            "Tens of thousands of homes lost power when Storm Edda hit the north coast on Tuesday.",
            "Ferries between the islands were cancelled for a second day.",
            "The grid operator expects most homes to be reconnected by Friday.");

    @Test
    void leadTakesFirstSentencesInTurnAndStopsOncePastTheBudget() {
        // 13 words, then 16: the second sentence passes 20 and is the last
        assertEquals(List.of(A.sentences().get(0).text(), B.sentences().get(0).text()),
                LeadBaseline.summarise(List.of(A, B), 20));
        assertEquals(6, LeadBaseline.summarise(List.of(A, B), 1000).size(), "runs out of sentences");
    }

    @Test
    void lexRankPrefersCentralSentencesAndSkipsRepeats() {
        List<String> summary = LexRankBaseline.summarise(List.of(A, B), 30);
        assertTrue(summary.getFirst().contains("Edda") || summary.getFirst().contains("grid operator"), summary.toString());
        // the two "reconnected by Friday" sentences are near-repeats: never both
        assertTrue(summary.stream().filter(s -> s.contains("reconnected by Friday")).count() <= 1, summary.toString());
        assertEquals(summary.size(), summary.stream().distinct().count());
    }

    @Test
    void pageRankOfASymmetricGraphIsUniformAndSumsToOne() {
        double[][] sim = {{1, 0.5, 0.5}, {0.5, 1, 0.5}, {0.5, 0.5, 1}};
        double[] p = LexRankBaseline.rank(sim);
        for (double x : p) {
            assertEquals(1.0 / 3, x, 1e-6);
        }
        // a star: the centre gets the most
        double[][] star = {{1, 0.3, 0.3, 0.3}, {0.3, 1, 0, 0}, {0.3, 0, 1, 0}, {0.3, 0, 0, 1}};
        double[] q = LexRankBaseline.rank(star);
        assertTrue(q[0] > q[1] && q[0] > q[2] && q[0] > q[3]);
        assertEquals(1.0, q[0] + q[1] + q[2] + q[3], 1e-6);
    }
}
