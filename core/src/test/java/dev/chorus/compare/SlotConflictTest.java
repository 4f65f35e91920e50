package dev.chorus.compare;

import dev.chorus.model.AnalysedArticle;
import dev.chorus.model.Story;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Figures for the same slot ("how many people were injured", "when the pier opened") compared across
 * sentences worded too differently to align. An invented ferry accident on Lake Orvana.
 */
class SlotConflictTest {

    private static List<Story.Conflict> conflicts(List<AnalysedArticle> articles) {
        return new ConflictFinder().find(articles, new ClaimAligner().groups(articles),
                new EntityExtractor().extract(articles));
    }

    private static Story.Variant variant(Story.Conflict c, String value) {
        return c.variants().stream().filter(v -> v.value().equals(value)).findFirst()
                .orElseThrow(() -> new AssertionError("no variant " + value + " in " + c));
    }

    private static AnalysedArticle wire() {
        return Fixtures.article("wire",
                "A passenger ferry capsized on Lake Orvana near the harbour of Kessel on Sunday afternoon, "
                        + "injuring 14 people, the coastguard said.",
                "The wooden landing pier at Kessel, which opened in 1964, was badly damaged.",
                "Captain Ilse Marquardt said the ferry had been inspected in spring.");
    }

    @Test
    void countsInUnalignedSentencesConflictWithAReadableQuestion() {
        AnalysedArticle daily = Fixtures.article("daily",
                "Eleven people were injured when the Lake Orvana ferry overturned in a sudden squall near Kessel "
                        + "on Sunday, according to the regional hospital.",
                "The old landing pier opened in 1946 and has been closed since the accident.");
        List<Story.Conflict> conflicts = conflicts(List.of(wire(), daily));
        Story.Conflict injured = conflicts.stream().filter(c -> c.about().equals("how many people were injured"))
                .findFirst().orElseThrow(() -> new AssertionError(conflicts.toString()));
        assertEquals(List.of("wire"), variant(injured, "14").articles());
        assertEquals(List.of("daily"), variant(injured, "Eleven").articles());
        Story.Conflict opened = conflicts.stream().filter(c -> c.about().equals("when the pier opened"))
                .findFirst().orElseThrow(() -> new AssertionError(conflicts.toString()));
        assertEquals(List.of("wire"), variant(opened, "1964").articles());
        assertEquals(List.of("daily"), variant(opened, "1946").articles());
        assertEquals(2, conflicts.size(), conflicts.toString());
    }

    @Test
    void compatibleFiguresAndDifferentThingsCountedAreNoConflict() {
        AnalysedArticle daily = Fixtures.article("daily",
                "About 14 people were hurt when the Lake Orvana ferry overturned near Kessel on Sunday, the "
                        + "regional hospital said.",
                "Two of the injured were in a critical condition on Sunday night, the hospital at Kessel said.",
                "Police in Kessel arrested 3 men after the ferry overturned on Sunday.",
                "Rescuers pulled 40 passengers from Lake Orvana within an hour, the Kessel coastguard said.");
        assertEquals(List.of(), conflicts(List.of(wire(), daily)));
    }

    @Test
    void aBoundAgreesWithEveryValueOnItsSide() {
        AnalysedArticle more = Fixtures.article("more",
                "A passenger ferry capsized on Lake Orvana near Kessel on Sunday afternoon, injuring more than a "
                        + "dozen people, the coastguard said.");
        assertEquals(List.of(), conflicts(List.of(wire(), more)), "14 is more than a dozen");
        AnalysedArticle fewer = Fixtures.article("fewer",
                "A passenger ferry capsized on Lake Orvana near Kessel on Sunday afternoon, injuring fewer than ten "
                        + "people, the coastguard said.");
        List<Story.Conflict> conflicts = conflicts(List.of(wire(), fewer));
        assertEquals(1, conflicts.size(), "14 is not fewer than ten: " + conflicts);
        AnalysedArticle atMost = Fixtures.article("upto",
                "A passenger ferry capsized on Lake Orvana near Kessel on Sunday afternoon, injuring up to 20 "
                        + "people, the coastguard said.");
        assertEquals(List.of(), conflicts(List.of(more, atMost)), "more than 12 and up to 20 can both be true");
    }

    @Test
    void anEarlierAccidentIsNotTheSameSlot() {
        AnalysedArticle daily = Fixtures.article("daily",
                "A ferry capsized on Lake Orvana near Kessel on Sunday, injuring 14 people.",
                "In 2011 another ferry sank off Kessel on Lake Orvana, injuring 30 people.");
        assertEquals(List.of(), conflicts(List.of(wire(), daily)));
    }

    @Test
    void numberWordsAreRead() {
        assertEquals(25, ConflictFinder.wordNumbers("twenty-five people").get(0).number());
        assertEquals(24, ConflictFinder.wordNumbers("Two dozen people").get(0).number());
        assertEquals("a dozen", ConflictFinder.wordNumbers("about a dozen people").get(0).surface());
        assertEquals(15, ConflictFinder.wordNumbers("Fifteen people were injured").get(0).number());
        assertTrue(ConflictFinder.wordNumbers("one of them, dozens of others").isEmpty());
    }

    @Test
    void slotsNeedAnAttachedEventWord() {
        String text = "Two of the injured were taken to Kessel, and the ferry carried 40 passengers.";
        for (ConflictFinder.Value v : ConflictFinder.allValues(text)) {
            assertNull(ValueSlots.of(v, text, Words.of(text)), v.toString());
        }
        String police = "The blast injured 12 police officers and 30 bystanders.";
        ValueSlots.Slot officers = ValueSlots.of(ConflictFinder.allValues(police).get(0), police, Words.of(police));
        ValueSlots.Slot people = ValueSlots.of(ConflictFinder.allValues("The blast injured 42 people.").get(0),
                "The blast injured 42 people.", Words.of("The blast injured 42 people."));
        assertTrue(!officers.key().equals(people.key()), officers + " " + people);
        assertNull(ValueSlots.of(ConflictFinder.allValues(police).get(1), police, Words.of(police)));
        String toll = "The death toll rose to 9 on Monday.";
        ValueSlots.Slot slot = ValueSlots.of(ConflictFinder.allValues(toll).get(0), toll, Words.of(toll));
        assertEquals("how many people died", slot.about());
    }

    @Test
    void dealSumsConflictOnlyWhenTheyDiffer() {
        AnalysedArticle a = Fixtures.article("a",
                "Orvana Ferries signed a $2.5bn deal with the Kessel shipyard for twelve new vessels, the company "
                        + "said on Monday.");
        AnalysedArticle b = Fixtures.article("b",
                "The contract between Orvana Ferries and the yard, worth $2.5 billion, includes maintenance until "
                        + "2040.");
        AnalysedArticle c = Fixtures.article("c",
                "Analysts said the agreement, under which Orvana Ferries pays the yard, was a deal worth $3.1 "
                        + "billion over twenty years.");
        assertEquals(List.of(), conflicts(List.of(a, b)));
        List<Story.Conflict> conflicts = conflicts(List.of(a, b, c));
        assertEquals(1, conflicts.size(), conflicts.toString());
        assertEquals("how much the deal is worth", conflicts.get(0).about());
        assertEquals(List.of("c"), variant(conflicts.get(0), "$3.1 billion").articles());
        assertEquals(List.of("a"), variant(conflicts.get(0), "$2.5bn").articles());
    }
}
