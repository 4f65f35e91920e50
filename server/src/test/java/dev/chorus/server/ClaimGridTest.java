package dev.chorus.server;

import dev.chorus.model.Article;
import dev.chorus.model.Metadata;
import dev.chorus.model.Story;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static dev.chorus.server.ClaimGrid.Mark.CONTRADICTS;
import static dev.chorus.server.ClaimGrid.Mark.REPORTS;
import static dev.chorus.server.ClaimGrid.Mark.SILENT;
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
        List<ClaimGrid.Row> rows = ClaimGrid.of(story);

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
    void aValueMustBeAWholeWordOfTheClaimAndHeldByOneOfItsSources() {
        // "1987" is in the claim, but as a part of "19870"? No: the claim says 1987, the variant 198 is not a word of it
        Story partial = story(List.of(new Story.Conflict("when it opened", List.of(
                new Story.Variant("198", List.of("herald")), new Story.Variant("1978", List.of("observer"))))));
        assertFalse(ClaimGrid.of(partial).get(2).contested());
        // the value is stated, but only by sources that do not report the claim
        Story elsewhere = story(List.of(new Story.Conflict("when it opened", List.of(
                new Story.Variant("1987", List.of("wire")), new Story.Variant("1978", List.of("observer"))))));
        assertFalse(ClaimGrid.of(elsewhere).get(2).contested());
        Story held = story(List.of(new Story.Conflict("when it opened", List.of(
                new Story.Variant("1987", List.of("herald")), new Story.Variant("1978", List.of("observer", "wire"))))));
        assertEquals(List.of(CONTRADICTS, REPORTS, CONTRADICTS),
                ClaimGrid.of(held).get(2).cells().stream().map(ClaimGrid.Cell::mark).toList());
    }

    @Test
    void theExampleStoryShowsTheObserversInjuredCountAgainstTheOthers() {
        Story bridge = Fixtures.examples().stories().getFirst();
        int observer = bridge.articles().stream().map(Article::id).toList().indexOf("northern-observer");
        ClaimGrid.Row contested = ClaimGrid.of(bridge).stream()
                .filter(r -> r.claim().text().contains("injuring 12 people")).findFirst().orElseThrow();
        assertEquals(CONTRADICTS, contested.cells().get(observer).mark());
        assertEquals("Fifteen", contested.cells().get(observer).value());
    }
}
