package dev.chorus.compare;

import dev.chorus.model.AnalysedArticle;
import dev.chorus.model.Story;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConflictFinderTest {

    private static List<Story.Conflict> conflicts(List<AnalysedArticle> articles) {
        return new ConflictFinder().find(articles, new ClaimAligner().groups(articles),
                new EntityExtractor().extract(articles));
    }

    private static Story.Variant variant(Story.Conflict c, String value) {
        return c.variants().stream().filter(v -> v.value().contains(value)).findFirst()
                .orElseThrow(() -> new AssertionError("no variant " + value + " in " + c));
    }

    @Test
    void findsTheVenueContradiction() {
        List<Story.Conflict> conflicts = conflicts(Fixtures.douro());
        Story.Conflict venue = conflicts.stream().filter(c -> c.about().startsWith("where")).findFirst()
                .orElseThrow(() -> new AssertionError(conflicts.toString()));
        assertTrue(venue.about().contains("Albuquerque"), venue.about());
        assertEquals(2, venue.variants().size(), venue.toString());
        assertEquals(List.of(Fixtures.WIRE, Fixtures.REWRITE, Fixtures.LOCAL), variant(venue, "Porto").articles());
        assertEquals(List.of(Fixtures.TRANSLATION), variant(venue, "Lisbon").articles());
    }

    @Test
    void findsTheDifferentFigureButNotTheSameMoneyWrittenTwoWays() {
        List<Story.Conflict> conflicts = conflicts(Fixtures.douro());
        Story.Conflict farmers = conflicts.stream().filter(c -> c.about().contains("farmers")).findFirst()
                .orElseThrow(() -> new AssertionError(conflicts.toString()));
        assertEquals(List.of(Fixtures.WIRE, Fixtures.REWRITE), variant(farmers, "3,000").articles());
        assertEquals(List.of(Fixtures.LOCAL), variant(farmers, "5,000").articles());
        assertTrue(farmers.about().contains("…"), farmers.about());
        assertFalse(conflicts.stream().anyMatch(c -> c.variants().stream().anyMatch(v -> v.value().contains("1.2"))),
                conflicts.toString());
        assertEquals(2, conflicts.size(), conflicts.toString());
    }

    @Test
    void paraphrasesOfTheSameValuesAreNoConflict() {
        AnalysedArticle a = Fixtures.article("a",
                "Kenya Airways will buy 12 new aircraft for $2.5 billion, chief executive Ruth Wanjiru said on "
                        + "Tuesday in Nairobi.",
                "More than 6,000 jobs depend on the airline, which carried 5.2 million passengers last year.");
        AnalysedArticle b = Fixtures.article("b",
                "Kenya Airways is buying a dozen new planes for $2.5bn, its chief executive Ruth Wanjiru said in "
                        + "Nairobi on Tuesday.",
                "Some 6,000 jobs depend on the carrier, which flew 5.2m passengers last year.");
        assertEquals(List.of(), conflicts(List.of(a, b)));
    }

    @Test
    void findsDifferentWeekdayInAlignedSentencesAndDifferentPersonInTheSameRole() {
        AnalysedArticle a = Fixtures.article("a",
                "Ghanaian Finance Minister Kwame Boateng presented the new budget to parliament in Accra on "
                        + "Wednesday.",
                "Opposition leader Ama Owusu called the budget a burden on traders.");
        AnalysedArticle b = Fixtures.article("b",
                "Ghanaian Finance Minister Kofi Mensah presented the new budget to parliament in Accra on "
                        + "Thursday.",
                "Ama Owusu, the opposition leader, said traders would pay for it.");
        List<Story.Conflict> conflicts = conflicts(List.of(a, b));
        Story.Conflict day = conflicts.stream().filter(c -> c.variants().stream()
                .anyMatch(v -> v.value().equals("Wednesday"))).findFirst()
                .orElseThrow(() -> new AssertionError(conflicts.toString()));
        assertEquals(List.of("b"), variant(day, "Thursday").articles());
        Story.Conflict role = conflicts.stream().filter(c -> c.about().contains("finance minister")).findFirst()
                .orElseThrow(() -> new AssertionError(conflicts.toString()));
        Set<String> people = role.variants().stream().map(Story.Variant::value).collect(Collectors.toSet());
        assertEquals(Set.of("Kwame Boateng", "Kofi Mensah"), people);
    }

    @Test
    void venueWrittenAsResortOfPlace() {
        AnalysedArticle a = Fixtures.article("a",
                "Foreign ministers Lena Berg and Tomas Ruud held talks in the Adriatic resort of Dubrovnik on Monday.");
        AnalysedArticle b = Fixtures.article("b",
                "Berg and Ruud held talks in Zagreb on Monday about the fishing dispute.");
        List<Story.Conflict> conflicts = conflicts(List.of(a, b));
        assertEquals(1, conflicts.size(), conflicts.toString());
        assertEquals(List.of("a"), variant(conflicts.get(0), "Dubrovnik").articles());
        assertEquals(List.of("b"), variant(conflicts.get(0), "Zagreb").articles());
        assertEquals("where Berg and Ruud held talks", conflicts.get(0).about());
    }

    @Test
    void earlierMeetingsAndFormerOfficeHoldersAreNoConflict() {
        AnalysedArticle a = Fixtures.article("a",
                "Chancellor Petra Vogt met French President Luc Marchand in Berlin on Monday.",
                "Former French President Alain Dubois attended the dinner.");
        AnalysedArticle b = Fixtures.article("b",
                "Vogt and Marchand last met in Marseille in April to discuss energy prices.",
                "Vogt will visit Lyon next month for talks with Marchand on the rail link.",
                "French President Luc Marchand said the talks were frank.");
        List<Story.Conflict> conflicts = conflicts(List.of(a, b));
        assertEquals(List.of(), conflicts);
    }

    @Test
    void transliterationVariantsAreOnePersonAndOnePlace() {
        AnalysedArticle a = Fixtures.article("a",
                "Ukrainian President Volodymyr Zelensky met European leaders in Kiev on Friday.");
        AnalysedArticle b = Fixtures.article("b",
                "Ukrainian President Volodymyr Zelenskyy met European leaders in Kyiv on Friday.",
                "Zelenskyy said the talks were useful.");
        assertEquals(List.of(), conflicts(List.of(a, b)));
        List<Story.Entity> entities = new EntityExtractor().extract(List.of(a, b));
        assertEquals(1, entities.stream().filter(e -> e.name().startsWith("Volodymyr")).count(), entities.toString());
        assertTrue(entities.stream().anyMatch(e -> e.name().equals("Kyiv") && e.aliases().contains("Kiev")));
    }

    @Test
    void aPlaceInTheTopicIsNoVenue() {
        AnalysedArticle a = Fixtures.article("a",
                "Envoys Amal Haddad and Pierre Lenoir held talks on the fighting in Aleppo on Monday.");
        AnalysedArticle b = Fixtures.article("b",
                "Envoys Amal Haddad and Pierre Lenoir held talks in Geneva on Monday.");
        assertEquals(List.of(), conflicts(List.of(a, b)));
    }

    @Test
    void aCityAndTheRegionItLiesInAreNoConflict() {
        AnalysedArticle a = Fixtures.article("a",
                "Admiral Oleg Reznik met navy commanders in Crimea on Thursday to discuss the drills.");
        AnalysedArticle b = Fixtures.article("b",
                "Admiral Oleg Reznik met navy commanders in Sevastopol on Thursday, officials said.");
        assertEquals(List.of(), conflicts(List.of(a, b)));
    }

    @Test
    void counterpartRolesAreRelativeToTheirAnchor() {
        AnalysedArticle a = Fixtures.article("a",
                "Prime Minister Erik Lund met his Danish counterpart Mette Holm in Oslo on Friday.");
        AnalysedArticle b = Fixtures.article("b",
                "King Harald Berg and his Danish counterpart Frederik Aas opened the bridge on Friday.");
        List<Story.Conflict> conflicts = conflicts(List.of(a, b));
        assertFalse(conflicts.stream().anyMatch(c -> c.about().contains("counterpart")), conflicts.toString());
    }

    @Test
    void numbersAreComparedOnlyInTheSameSlot() {
        AnalysedArticle a = Fixtures.article("a",
                "The landslide near Cusco killed 12 people and injured 40 people, regional officials said on "
                        + "Sunday.");
        AnalysedArticle b = Fixtures.article("b",
                "The landslide near Cusco killed 12 people and injured 45 people, regional officials said on "
                        + "Sunday.");
        List<Story.Conflict> conflicts = conflicts(List.of(a, b));
        assertEquals(1, conflicts.size(), conflicts.toString());
        Story.Conflict injured = conflicts.get(0);
        assertEquals(List.of("a"), variant(injured, "40").articles());
        assertEquals(List.of("b"), variant(injured, "45").articles());
        assertEquals("how many people were injured", injured.about());
    }

    @Test
    void differentDeathTollsInLooselySimilarSentences() {
        AnalysedArticle a = Fixtures.article("a",
                "Floods in the northern Rioja region killed 14 people on Tuesday, emergency services said.",
                "Rail services between Logroño and Haro were suspended.");
        AnalysedArticle b = Fixtures.article("b",
                "Floods across the Rioja region have killed 9 people since the weekend, the regional government "
                        + "said.",
                "Dozens of villages were still cut off on Wednesday.");
        List<Story.Conflict> conflicts = conflicts(List.of(a, b));
        assertEquals(1, conflicts.size(), conflicts.toString());
        assertEquals(List.of("a"), variant(conflicts.get(0), "14").articles());
        assertEquals(List.of("b"), variant(conflicts.get(0), "9").articles());
    }

    @Test
    void moneyScalesAndQualifiers() {
        List<ConflictFinder.Value> x = ConflictFinder.extractValues("Turkey paid $2.5 billion for the system.");
        List<ConflictFinder.Value> y = ConflictFinder.extractValues("Turkey paid $2.5bn for the system.");
        assertEquals(1, x.size());
        assertEquals("money", x.get(0).kind());
        assertEquals("USD", x.get(0).slot());
        assertEquals(2.5e9, x.get(0).number(), 1);
        assertEquals(x.get(0).number(), y.get(0).number(), 1);
        assertEquals(100e9, ConflictFinder.extractValues("They aim for $100B in trade.").get(0).number(), 1);
        List<ConflictFinder.Value> euros = ConflictFinder.extractValues("They will invest 1.2 billion euros.");
        assertEquals("money", euros.get(0).kind());
        assertEquals("EUR", euros.get(0).slot());
        assertEquals(ConflictFinder.extractValues("They will invest €1.2bn.").get(0).number(), euros.get(0).number(), 1);
        List<ConflictFinder.Value> more = ConflictFinder.extractValues("more than 6,000 people died");
        assertEquals(ConflictFinder.Qualifier.AT_LEAST, more.get(0).qualifier());
        assertEquals(6000, more.get(0).number());
        assertTrue(ConflictFinder.extractValues("The S-400 and Covid-19 talks began on 2020-12-29.").isEmpty());
    }

    @Test
    void aSentenceGivingARangeDisagreesWithNeitherEnd() {
        AnalysedArticle range = Fixtures.article("range",
                "Harlow Mills is recalling 12-ounce boxes of its oat cereal with best-by dates from June 14, 2018, "
                        + "through June 14, 2019, the company said.");
        AnalysedArticle start = Fixtures.article("start",
                "Harlow Mills is recalling 12-ounce boxes of its oat cereal with a best-by date of June 14, 2018, "
                        + "the company said on Thursday.");
        assertEquals(List.of(), conflicts(List.of(range, start)));
        AnalysedArticle other = Fixtures.article("other",
                "Harlow Mills is recalling 12-ounce boxes of its oat cereal with a best-by date of June 14, 2017, "
                        + "the company said on Thursday.");
        assertEquals(1, conflicts(List.of(start, other)).size(), "one year against another is still a conflict");
    }
}
