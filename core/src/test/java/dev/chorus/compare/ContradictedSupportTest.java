package dev.chorus.compare;

import dev.chorus.model.AnalysedArticle;
import dev.chorus.model.Story;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An article that gives another figure is on the other side of the conflict, not a supporter of the claim. */
class ContradictedSupportTest {

    private static AnalysedArticle report(String id, String figure) {
        return Fixtures.article(id,
                "A tram derailed in the centre of Brenmoor on Tuesday evening, injuring " + figure
                        + " people, the city transport authority said.",
                "The tram left the rails on a sharp bend near the Brenmoor cathedral square.");
    }

    @Test
    void anArticleWithAnotherFigureDoesNotSupportTheClaim() {
        List<AnalysedArticle> story = List.of(report("a", "9"), report("b", "9"), report("c", "nineteen"));
        Comparison found = new CompareStage().compare(story);

        Story.Conflict injured = found.conflicts().stream()
                .filter(c -> c.variants().stream().anyMatch(v -> v.value().equals("9")))
                .findFirst().orElseThrow(() -> new AssertionError(found.conflicts().toString()));
        assertEquals(2, injured.variants().size());
        Story.Claim derailed = found.claims().stream().filter(c -> c.text().contains("derailed"))
                .findFirst().orElseThrow();
        assertEquals(List.of("a", "b"), derailed.articles(), "c gives nineteen, not nine");
        Story.Claim bend = found.claims().stream().filter(c -> c.text().contains("sharp bend")).findFirst().orElseThrow();
        assertEquals(List.of("a", "b", "c"), bend.articles(), "claims without the disputed figure keep every supporter");
    }

    @Test
    void theContradictingSentenceIsAClaimOfItsOwn() {
        List<AnalysedArticle> story = List.of(report("a", "9"), report("b", "9"), report("c", "nineteen"),
                report("d", "nineteen"));
        Comparison found = new CompareStage().compare(story);

        List<Story.Claim> derailed = found.claims().stream().filter(c -> c.text().contains("derailed")).toList();
        assertEquals(2, derailed.size(), derailed::toString);
        assertEquals(List.of("a", "b"), derailed.get(0).articles());
        assertEquals(List.of("c", "d"), derailed.get(1).articles(), "the other side keeps its own sentences");
        assertTrue(derailed.get(1).text().contains("nineteen"), derailed.get(1).text());
        List<String> ids = found.claims().stream().map(Story.Claim::id).toList();
        assertEquals(ids.stream().distinct().count(), ids.size(), "claim ids stay unique: " + ids);
        assertEquals("c1", ids.getFirst());
    }

    @Test
    void withoutConflictsClaimsAreUntouched() {
        List<AnalysedArticle> story = List.of(report("a", "9"), report("b", "9"));
        Comparison found = new CompareStage().compare(story);
        assertTrue(found.conflicts().isEmpty());
        assertFalse(found.claims().stream().anyMatch(Story.Claim::unique));
    }
}
