package dev.chorus.compare;

import dev.chorus.model.Article;
import dev.chorus.model.Metadata;
import dev.chorus.model.Story;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static dev.chorus.compare.ClaimGrid.Mark.CONTRADICTS;
import static dev.chorus.compare.ClaimGrid.Mark.REPORTS;
import static dev.chorus.compare.ClaimGrid.Mark.SILENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClaimGridTest {

    private static Article article(String id) {
        return new Article(id, new Metadata(null, List.of(), LocalDate.parse("2025-03-13"), id, "en", null, null, null),
                List.of("text"), List.of(), List.of());
    }

    private static final Story.Claim INJURED = new Story.Claim("c1",
            "The footbridge collapsed on Thursday, injuring 12 people, officials said.", List.of("wire", "herald"), false);
    private static final Story.Claim CLOSED = new Story.Claim("c2",
            "Mayor Elena Vasquez-Whitlock closed three other bridges.", List.of("wire", "observer"), false);
    private static final Story.Claim OPENED = new Story.Claim("c3",
            "The bridge opened in 1987.", List.of("herald"), true);

    private static Story story(List<Story.Conflict> conflicts) {
        return new Story("s", "h", null, List.of(article("wire"), article("herald"), article("observer")), List.of(),
                List.of(INJURED, CLOSED, OPENED), List.of(), List.of(), conflicts, List.of());
    }

    @Test
    void aConflictMarksTheSourcesGivingAnotherValueForTheClaimThatStatesOne() {
        Story story = story(List.of(new Story.Conflict("how many people were injured", List.of(
                new Story.Variant("12", List.of("wire", "herald")),
                new Story.Variant("Fifteen", List.of("observer"))))));
        List<ClaimGrid.Row> rows = ClaimGrid.rows(story);

        ClaimGrid.Row injured = rows.getFirst();
        assertEquals(List.of(REPORTS, REPORTS, CONTRADICTS), injured.cells().stream().map(ClaimGrid.Cell::mark).toList());
        assertEquals("Fifteen", injured.cells().get(2).value());
        assertEquals("how many people were injured", injured.cells().get(2).conflict());
        assertTrue(injured.contested());

        ClaimGrid.Row closed = rows.get(1);
        assertEquals(List.of(REPORTS, SILENT, REPORTS), closed.cells().stream().map(ClaimGrid.Cell::mark).toList());
        assertFalse(closed.contested(), "the claim states no value of the conflict");
    }

    @Test
    void aValueMustBeAWholeWordOfAClaimAboutTheConflict() {
        // "198" is inside "1987" but not a word of the claim
        Story partial = story(List.of(new Story.Conflict("when it opened", List.of(
                new Story.Variant("198", List.of("herald")), new Story.Variant("1978", List.of("observer"))))));
        assertFalse(ClaimGrid.rows(partial).get(2).contested());
        // a claim about something else that happens to contain the value takes no side
        Story other = story(List.of(new Story.Conflict("how many people the mayor evacuated", List.of(
                new Story.Variant("12", List.of("herald")), new Story.Variant("40", List.of("observer"))))));
        assertFalse(ClaimGrid.rows(other).get(0).contested());
        Story held = story(List.of(new Story.Conflict("when it opened", List.of(
                new Story.Variant("1987", List.of("herald")), new Story.Variant("1978", List.of("observer", "wire"))))));
        assertEquals(List.of(CONTRADICTS, REPORTS, CONTRADICTS),
                ClaimGrid.rows(held).get(2).cells().stream().map(ClaimGrid.Cell::mark).toList());
    }

    @Test
    void valuesAreStatedByTheirWordsNamesBySurnameAndResolvedDaysAsWritten() {
        assertTrue(ClaimGrid.states("minister mevlut cavusoglu said", "Mevlüt Çavuşoğlu"));
        assertTrue(ClaimGrid.states("cavusoglu said", "Mevlut Cavusoglu"), "a person by the surname");
        assertTrue(ClaimGrid.states("they met on tuesday in sochi", "on Tuesday (2020-12-29)"));
        assertFalse(ClaimGrid.states("the washington post said", "pressure from Washington"));
    }

    @Test
    void aSentenceIsContradictedByTheArticlesThatGiveTheQuoteAnotherSpeaker() {
        List<Story.Conflict> conflicts = List.of(new Story.Conflict(
                "who said \u201cwe will reopen the bridge once every weld is checked\u201d", List.of(
                new Story.Variant("Elena Vasquez-Whitlock", List.of("wire", "herald")),
                new Story.Variant("Tomas Brandt", List.of("observer")))));
        String sentence = "\"We will reopen the bridge once every weld is checked,\" Vasquez-Whitlock said.";
        ClaimGrid.Contradictions contradictions = ClaimGrid.Contradictions.of(conflicts);
        assertEquals(java.util.Set.of("observer"), contradictions.of(sentence, List.of("wire", "herald", "observer")));
        // a sentence about another matter takes no side, whoever it names
        assertEquals(java.util.Set.of(), contradictions.of("Vasquez-Whitlock visited the harbour.",
                List.of("wire", "observer")));
        assertEquals(java.util.Set.of(), ClaimGrid.Contradictions.of(List.of()).of(sentence, List.of("observer")));
    }

    @Test
    void aSentenceGivingTheVariantFewerArticlesGiveIsOutnumbered() {
        ClaimGrid.Contradictions contradictions = ClaimGrid.Contradictions.of(List.of(new Story.Conflict(
                "where the ministers held talks", List.of(
                new Story.Variant("Geneva", List.of("wire", "daily", "herald")),
                new Story.Variant("Vienna", List.of("weekly", "observer")),
                new Story.Variant("Bern", List.of("gazette", "courier"))))));
        assertTrue(contradictions.outnumbered("The ministers held talks in Vienna on Tuesday."));
        assertFalse(contradictions.outnumbered("The ministers held talks in Geneva on Tuesday."));
        // naming two venues takes no side; nor does a sentence about something else that names one
        assertFalse(contradictions.outnumbered("The ministers held talks in Geneva, not in Vienna as first planned."));
        assertFalse(contradictions.outnumbered("Vienna's airport was closed by snow on Tuesday."));
        // a tie: two articles give Vienna and two Bern, and neither is outnumbered by the other
        ClaimGrid.Contradictions tie = ClaimGrid.Contradictions.of(List.of(new Story.Conflict(
                "where the ministers held talks", List.of(
                new Story.Variant("Vienna", List.of("weekly", "observer")),
                new Story.Variant("Bern", List.of("gazette", "courier"))))));
        assertFalse(tie.outnumbered("The ministers held talks in Vienna on Tuesday."));
    }
}
