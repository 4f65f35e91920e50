package dev.chorus.summarise;

import dev.chorus.model.Story;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.chorus.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SummariserTest {

    private static final List<Story.Claim> CLAIMS = List.of(
            new Story.Claim("c1", "The regional rail operator cancelled all trains on the coastal line on Monday after a landslide.", List.of("a", "b", "c"), false),
            new Story.Claim("c2", "A local councillor said the slope had been unstable for years.", List.of("b"), true),
            new Story.Claim("c3", "All trains on the coastal line were cancelled on Monday by the regional rail operator after a landslide.", List.of("a", "c"), false),
            new Story.Claim("c4", "Replacement buses will run between Arlo and Fennick until at least Friday.", List.of("a", "b"), false),
            new Story.Claim("c5", "Trains?", List.of("a", "b", "c"), false));

    @Test
    void prefersWidelyReportedClaimsAndSkipsRepeats() {
        List<Story.SummarySentence> summary = new Summariser(25).summarise(List.of(), CLAIMS);
        List<String> texts = summary.stream().map(Story.SummarySentence::text).toList();
        assertEquals(List.of(CLAIMS.get(0).text(), CLAIMS.get(3).text()), texts,
                "the 3-source claim, then the 2-source one; c3 repeats c1, c5 is a fragment");
        assertEquals(List.of("a", "b", "c"), summary.getFirst().articles());
    }

    @Test
    void budgetLimitsLength() {
        assertEquals(1, new Summariser(5).summarise(List.of(), CLAIMS).size());
        assertEquals(3, new Summariser(500).summarise(List.of(), CLAIMS).size());
    }

    @Test
    void withoutClaimsFallsBackToLeadSentencesCitingTheirArticle() {
        var a = article("a", "Title", null, "The museum reopened on Saturday after a two-year renovation of its east wing.",
                "Visitors queued around the block before the doors opened at nine.");
        List<Story.SummarySentence> summary = new Summariser(12).summarise(List.of(a), List.of());
        assertFalse(summary.isEmpty());
        assertTrue(summary.getFirst().text().startsWith("The museum reopened"));
        assertEquals(List.of("a"), summary.getFirst().articles());
    }

    @Test
    void rejectsNonPositiveBudget() {
        assertThrows(IllegalArgumentException.class, () -> new Summariser(0));
    }
}
