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

    @Test
    void aMistranslatedMinorityIsTakenOutWhicheverSentenceShowsTheClaim() {
        // three reports agree on "from the capital"; the translation turns it round. Whichever sentence the aligner
        // picked to show the claim, the group stands for what most of its sentences say.
        List<AnalysedArticle> story = List.of(
                Fixtures.article("a", "The mayor said the port would keep working despite continuing pressure from the capital, officials said."),
                Fixtures.article("b", "The mayor said the port would keep working despite continuing pressure from the capital, aides said."),
                Fixtures.article("c", "The mayor said the port would keep working despite continuing pressure from the capital, the council said."),
                Fixtures.article("d", "The mayor stressed that the port would keep working despite the illegal pressure on the capital."));
        Story.Conflict wording = new Story.Conflict("how the mayor's words are reported", List.of(
                new Story.Variant("despite continuing pressure from the capital", List.of("a", "b", "c")),
                new Story.Variant("despite the illegal pressure on the capital", List.of("d"))));
        List<ClaimGroup> groups = new ClaimAligner().groups(story);
        assertEquals(4, groups.getFirst().sentences().size(), "aligned as one claim: " + groups);
        List<ClaimGroup> out = ContradictedSupport.remove(groups, List.of(wording));

        ClaimGroup port = out.getFirst();
        assertEquals(List.of("a", "b", "c"), port.claim().articles(), out.toString());
        assertTrue(port.claim().text().contains("pressure from"), port.claim().text());
        assertEquals(List.of("d"), out.get(1).claim().articles());
    }

    @Test
    void aClaimIsShownByASentenceTrueToAllItsArticles() {
        // b puts the meeting elsewhere, so a's sentence naming Harlow cannot speak for both
        List<AnalysedArticle> story = List.of(
                Fixtures.article("a", "The two mayors signed the ferry agreement on Monday after meeting in Harlow, their offices said."),
                Fixtures.article("b", "The two mayors signed the ferry agreement on Monday after a long meeting, their offices said.",
                        "The mayors met in Brenmoor."));
        Story.Conflict place = new Story.Conflict("where the mayors met", List.of(
                new Story.Variant("Harlow", List.of("a")), new Story.Variant("Brenmoor", List.of("b"))));
        List<ClaimGroup> groups = new ClaimAligner().groups(story);
        assertTrue(groups.getFirst().claim().text().contains("Harlow"), "the aligner shows it by a's: " + groups);
        ClaimGroup signed = ContradictedSupport.remove(groups, List.of(place)).stream()
                .filter(g -> g.claim().text().contains("signed")).findFirst().orElseThrow();
        assertEquals(List.of("a", "b"), signed.claim().articles());
        assertFalse(signed.claim().text().contains("Harlow"), signed.claim().text());
    }
}
