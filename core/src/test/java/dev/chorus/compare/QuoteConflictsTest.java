package dev.chorus.compare;

import dev.chorus.model.AnalysedArticle;
import dev.chorus.model.Story;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuoteConflictsTest {

    private static QuoteExtractor.Findings find(List<AnalysedArticle> articles) {
        return new QuoteExtractor().find(articles, new EntityExtractor().extract(articles));
    }

    private static QuoteMatch.Form form(String s) {
        return QuoteMatch.Form.of(s);
    }

    @Test
    void translatedAndReorderedQuotesMatchButDifferentQuotesDoNot() {
        assertTrue(QuoteMatch.same(form("We would rather settle every question, the fishing quotas included, through talks"),
                form("In any event, the fishing quotas included, we would rather settle questions through dialogue")));
        assertTrue(QuoteMatch.same(form("keep working together despite the unlawful pressure from Brussels"),
                form("keep working together in this sector despite continuing illegitimate pressure from Brussels")));
        assertFalse(QuoteMatch.same(form("We will not give up on our plans for the harbour"),
                form("We will not back down from our decisions on the quotas")));
        assertFalse(QuoteMatch.same(form("The budget for the harbour must be approved by the end of the year"),
                form("The position of the government on the quotas is known to the whole of the country")));
    }

    @Test
    void changeInDirectionOrNegationIsFound() {
        QuoteMatch.Change c = QuoteMatch.change(form("despite the pressure from Brussels"),
                form("despite the pressure on Brussels"));
        assertNotNull(c);
        assertEquals("brussels", c.word());
        assertEquals("from", c.reading(form("despite the pressure from Brussels")));
        assertNotNull(QuoteMatch.change(form("the fleet will not leave the harbour"),
                form("the fleet will leave the harbour")));
        assertNull(QuoteMatch.change(form("despite the pressure from Brussels"),
                form("despite continuing illegitimate pressure from Brussels")));
        assertNull(QuoteMatch.change(form("our talks with Brussels went well"), form("our talks on Brussels went well")),
                "another preposition of no opposite direction is a translator's choice");
        assertNotNull(QuoteMatch.change(form("we stand with Brussels"), form("we stand against Brussels")));
    }

    @Test
    void sameWordsGivenToDifferentSpeakersAreAConflict() {
        AnalysedArticle a = Fixtures.article("a",
                "Icelandic Fisheries Minister Katrin Olafsdottir met her Norwegian counterpart Lars Haugen in Bergen.",
                "\"We would rather settle every question, the cod quotas included, through talks,\" Olafsdottir said.");
        AnalysedArticle b = Fixtures.article("b",
                "Fisheries Minister Katrin Olafsdottir held talks in Bergen with Lars Haugen.",
                "\"We would rather settle every question, the cod quotas included, through talks,\" Olafsdottir said.");
        AnalysedArticle c = Fixtures.article("c",
                "Lars Haugen received the Icelandic minister in Bergen.",
                "\"In any event, the cod quotas included, we would rather settle questions through dialogue,\" "
                        + "Haugen said.");
        QuoteExtractor.Findings found = find(List.of(a, b, c));
        Story.Quote quote = found.quotes().get(0);
        assertEquals(List.of("a", "b", "c"), quote.articles());
        assertEquals("Katrin Olafsdottir", quote.speaker());
        Story.Conflict who = found.conflicts().stream().filter(x -> x.about().startsWith("who said")).findFirst()
                .orElseThrow(() -> new AssertionError(found.conflicts().toString()));
        assertEquals("Katrin Olafsdottir", who.variants().get(0).value());
        assertEquals(List.of("a", "b"), who.variants().get(0).articles());
        assertEquals("Lars Haugen", who.variants().get(1).value());
        assertEquals(List.of("c"), who.variants().get(1).articles());
    }

    @Test
    void translationThatTurnsTheMeaningIsAConflictAndASameMeaningOneIsNot() {
        AnalysedArticle a = Fixtures.article("a",
                "\"We will keep working together in this sector despite continuing illegitimate pressure from "
                        + "Brussels,\" Lars Haugen said.");
        AnalysedArticle b = Fixtures.article("b",
                "\"We will keep working together in this field despite the illegal pressure on Brussels,\" "
                        + "Lars Haugen said.");
        AnalysedArticle c = Fixtures.article("c",
                "\"We will keep working together in this field despite the unlawful pressure from Brussels,\" "
                        + "Lars Haugen said.");
        QuoteExtractor.Findings found = find(List.of(a, b, c));
        assertEquals(1, found.quotes().size(), found.quotes().toString());
        assertEquals(1, found.conflicts().size(), found.conflicts().toString());
        Story.Conflict turned = found.conflicts().get(0);
        assertTrue(turned.about().contains("Lars Haugen"), turned.about());
        assertEquals(List.of("a", "c"), turned.variants().get(0).articles());
        assertEquals(List.of("b"), turned.variants().get(1).articles());
        assertTrue(turned.variants().get(1).value().contains("pressure on Brussels"));

        assertTrue(find(List.of(a, c)).conflicts().isEmpty(), "same meaning, other words: no conflict");
    }

    @Test
    void aSentenceWhoseQuoteTurnsTheMeaningNoLongerSupportsTheClaim() {
        String from = "Haugen said the island would keep its fishing deal with Norway \"despite continuing pressure "
                + "from Brussels and its allies\", officials reported.";
        AnalysedArticle a = Fixtures.article("a", from);
        AnalysedArticle b = Fixtures.article("b", from.replace("fishing deal", "fishing agreement"));
        AnalysedArticle c = Fixtures.article("c", from.replace("pressure from", "pressure on"));
        Comparison found = new CompareStage().compare(List.of(a, b, c));
        Story.Claim claim = found.claims().stream().filter(x -> x.text().contains("fishing")).findFirst()
                .orElseThrow();
        assertEquals(List.of("a", "b"), claim.articles(), found.claims().toString());
        assertTrue(found.conflicts().stream().anyMatch(x -> x.about().startsWith("how ")), found.conflicts().toString());
    }
}
