package dev.chorus.compare;

import dev.chorus.model.AnalysedArticle;
import dev.chorus.model.Story;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntityExtractorTest {

    private static Optional<Story.Entity> withAlias(List<Story.Entity> entities, String form) {
        return entities.stream().filter(e -> e.name().equals(form) || e.aliases().contains(form)).findFirst();
    }

    @Test
    void mergesAccentFirstNameAndSurnameVariantsIntoOnePerson() {
        List<Story.Entity> entities = new EntityExtractor().extract(Fixtures.douro());
        Story.Entity joana = withAlias(entities, "Joana Albuquerque").orElseThrow();
        assertEquals("Joana Albuquerque", joana.name());
        assertEquals(Story.EntityType.PERSON, joana.type());
        assertTrue(joana.aliases().contains("Joanna Albuquerque"), joana.toString());
        assertTrue(joana.aliases().contains("Albuquerque"), joana.toString());
        assertEquals(List.of(Fixtures.WIRE, Fixtures.REWRITE, Fixtures.TRANSLATION, Fixtures.LOCAL), joana.articles());

        Story.Entity inigo = withAlias(entities, "Inigo Saldana").orElseThrow();
        assertEquals(Story.EntityType.PERSON, inigo.type());
        assertTrue(inigo.aliases().contains("Íñigo Saldaña") || inigo.name().equals("Íñigo Saldaña"), inigo.toString());
        assertTrue(inigo.aliases().contains("Saldana") && inigo.aliases().contains("Saldaña"), inigo.toString());
        assertEquals(4, inigo.articles().size());
        // no separate entity left for any of the variants
        assertEquals(1, entities.stream().filter(e -> e.name().contains("Sald") || e.aliases().stream()
                .anyMatch(a -> a.contains("Sald"))).count());
    }

    @Test
    void typesPlacesOrganisationsAndPeopleFromCues() {
        List<Story.Entity> entities = new EntityExtractor().extract(Fixtures.douro());
        assertEquals(Story.EntityType.PLACE, withAlias(entities, "Porto").orElseThrow().type());
        assertEquals(Story.EntityType.PLACE, withAlias(entities, "Lisbon").orElseThrow().type());
        assertEquals(Story.EntityType.PLACE, withAlias(entities, "Portugal").orElseThrow().type());
        assertEquals(Story.EntityType.PLACE, withAlias(entities, "Douro").orElseThrow().type(), "Douro river/valley");
        assertEquals(Story.EntityType.ORG, withAlias(entities, "European Commission").orElseThrow().type());
        assertEquals(Story.EntityType.PERSON, withAlias(entities, "Carlos Mendes").orElseThrow().type());
        // demonyms and titles are not entities of their own
        assertFalse(withAlias(entities, "Spanish").isPresent());
        assertFalse(withAlias(entities, "Portuguese").isPresent());
        assertFalse(entities.stream().anyMatch(e -> e.name().contains("Minister")), entities.toString());
    }

    @Test
    void handlesSentenceInitialWordsPossessivesHyphensAndAcronyms() {
        AnalysedArticle a = Fixtures.article("a",
                "Although Chile's President Maria Fernanda Ortiz praised the plan, Santiago-based economists "
                        + "doubted it.",
                "The World Food Programme said it would send grain to Valparaiso within a week.",
                "Ortiz said the WFP shipment would reach the port of Valparaiso on Friday.");
        AnalysedArticle b = Fixtures.article("b",
                "President Ortiz met officials of the WFP in Santiago, where the Chile-Peru trade forum opened.");
        List<Story.Entity> entities = new EntityExtractor().extract(List.of(a, b));
        assertFalse(entities.stream().anyMatch(e -> e.name().startsWith("Although")), entities.toString());
        Story.Entity ortiz = withAlias(entities, "Maria Fernanda Ortiz").orElseThrow();
        assertEquals(Story.EntityType.PERSON, ortiz.type());
        assertEquals(List.of("a", "b"), ortiz.articles());
        assertTrue(ortiz.aliases().contains("Ortiz"));
        Story.Entity chile = withAlias(entities, "Chile").orElseThrow();
        assertEquals(Story.EntityType.PLACE, chile.type());
        assertEquals(List.of("a", "b"), chile.articles(), "possessive and Chile-Peru both count");
        assertEquals(Story.EntityType.PLACE, withAlias(entities, "Santiago").orElseThrow().type());
        Story.Entity wfp = withAlias(entities, "World Food Programme").orElseThrow();
        assertEquals(Story.EntityType.ORG, wfp.type());
        assertTrue(wfp.aliases().contains("WFP"), wfp.toString());
        assertFalse(withAlias(entities, "Friday").isPresent());
    }

    @Test
    void theLastPartOfAHyphenatedPlaceIsAnAliasOfItUnlessTwoPlacesEndSo() {
        AnalysedArticle a = Fixtures.article("a",
                "Monitors arrived in the disputed Nagorno-Karabakh region on Monday.",
                "Both ministers said the Karabakh truce was holding.");
        AnalysedArticle b = Fixtures.article("b",
                "Flooding closed roads in North-Kivu province and in South-Kivu province.",
                "Aid agencies said Kivu needed more trucks.");
        List<Story.Entity> entities = new EntityExtractor().extract(List.of(a, b));
        Story.Entity karabakh = withAlias(entities, "Nagorno-Karabakh").orElseThrow();
        assertEquals("Nagorno-Karabakh", karabakh.name());
        assertTrue(karabakh.aliases().contains("Karabakh"), karabakh.toString());
        assertFalse(withAlias(entities, "North-Kivu").orElseThrow().aliases().contains("Kivu"), entities.toString());
        assertFalse(withAlias(entities, "South-Kivu").orElseThrow().aliases().contains("Kivu"), entities.toString());
    }

    @Test
    void groupNounsOpeningASentenceAreNoEntityButNamesStartingWithThemAre() {
        AnalysedArticle a = Fixtures.article("a",
                "Authorities said the ferry Santa Lucia ran aground near Piraeus on Sunday.",
                "Police said two passengers were hurt.",
                "Government spokesman Pavlos Marinakis said an inquiry would follow.");
        AnalysedArticle b = Fixtures.article("b",
                "Police Scotland said it had sent no officers.",
                "Officials told reporters the ship would be towed to Piraeus.");
        // a case-folded scrape capitalises after every period, abbreviations too
        AnalysedArticle c = Fixtures.article("c",
                "the ship had been sold by a firm in the u.k. Authorities said its papers were in order, and the "
                        + "u.k. Government says it is helping.",
                "Lloyd's Register And insurers in Athens were told.");
        List<Story.Entity> entities = new EntityExtractor().extract(List.of(a, b, c));
        for (String generic : List.of("Authorities", "Police", "Officials", "Government")) {
            assertFalse(withAlias(entities, generic).isPresent(), generic + " in " + entities);
        }
        assertTrue(withAlias(entities, "Police Scotland").isPresent(), entities.toString());
        assertFalse(entities.stream().anyMatch(e -> e.name().endsWith(" And")), entities.toString());
        assertEquals(Story.EntityType.PERSON, withAlias(entities, "Pavlos Marinakis").orElseThrow().type());
        assertEquals(Story.EntityType.PLACE, withAlias(entities, "Piraeus").orElseThrow().type());
    }

    @Test
    void rareTwoWordNamesWithoutCuesArePeopleButCommonWordsAreNot() {
        AnalysedArticle a = Fixtures.article("a",
                "The inquiry into the collapse was led by Greta Lindqvist and will report to Human Rights groups.",
                "Lawyers said the rights of the families had been ignored.");
        List<Story.Entity> entities = new EntityExtractor().extract(List.of(a));
        assertEquals(Story.EntityType.PERSON, withAlias(entities, "Greta Lindqvist").orElseThrow().type());
        assertEquals(Story.EntityType.OTHER, withAlias(entities, "Human Rights").orElseThrow().type());
    }

    @Test
    void americanStyleTitlesAndInitials() {
        AnalysedArticle a = Fixtures.article("a",
                "Sen. Mary K. Dolan said on Monday that the bill would pass.",
                "Mr. Dolan, her husband, declined to comment, while Gen. Paul Avery said the base would stay open.",
                "Dolan told reporters the vote was close.");
        List<Story.Entity> entities = new EntityExtractor().extract(List.of(a));
        Story.Entity mary = withAlias(entities, "Mary K. Dolan").orElseThrow(() -> new AssertionError(entities));
        assertEquals(Story.EntityType.PERSON, mary.type());
        assertTrue(mary.aliases().contains("Dolan"), mary.toString());
        assertEquals(Story.EntityType.PERSON, withAlias(entities, "Paul Avery").orElseThrow().type());
        assertFalse(entities.stream().anyMatch(e -> e.name().startsWith("Sen") || e.name().startsWith("Gen")
                || e.name().startsWith("Mr")), entities.toString());
    }

    @Test
    void splitsPersonOfAcronym() {
        AnalysedArticle a = Fixtures.article("a",
                "\"The camps need water now,\" said Lina Haddad of UNHCR, speaking in Amman on Monday.",
                "Haddad said the agency had asked donors for more money.");
        List<Story.Entity> entities = new EntityExtractor().extract(List.of(a));
        assertEquals(Story.EntityType.PERSON, withAlias(entities, "Lina Haddad").orElseThrow().type());
        assertEquals(Story.EntityType.ORG, withAlias(entities, "UNHCR").orElseThrow().type());
        assertEquals(Story.EntityType.PLACE, withAlias(entities, "Amman").orElseThrow().type());
    }

    @Test
    void ordersByArticlesThenMentionsAndIsDeterministic() {
        List<Story.Entity> first = new EntityExtractor().extract(Fixtures.douro());
        List<Story.Entity> second = new EntityExtractor().extract(Fixtures.douro());
        assertEquals(first, second);
        for (int i = 1; i < first.size(); i++) {
            assertTrue(first.get(i - 1).articles().size() >= first.get(i).articles().size());
        }
    }

    @Test
    void firstNameVariantsNeedTheSameSurname() {
        assertTrue(EntityExtractor.sameName(new String[]{"sergei", "ivanov"}, new String[]{"sergey", "ivanov"}));
        assertTrue(EntityExtractor.sameName(new String[]{"tayyip", "erdogan"},
                new String[]{"recep", "tayyip", "erdogan"}));
        assertFalse(EntityExtractor.sameName(new String[]{"sergei", "ivanov"}, new String[]{"sergei", "petrov"}));
        assertFalse(EntityExtractor.sameName(new String[]{"anna", "ivanova"}, new String[]{"olga", "ivanova"}));
        assertTrue(EntityExtractor.sameName(new String[]{"volodymyr", "zelensky"},
                new String[]{"volodymyr", "zelenskyy"}));
        assertFalse(EntityExtractor.sameName(new String[]{"mevlut", "cavusoglu"}, new String[]{"mevlut", "davutoglu"}));
    }

    @Test
    void theNameIsTheSpellingMostSourcesUseNotTheOneRepeatedMost() {
        List<AnalysedArticle> story = List.of(
                Fixtures.article("a", "The Nato summit opened in Brenmoor on Monday.", "Nato leaders met for two days.",
                        "Nato officials said the talks went well.", "A Nato spokesman declined to comment."),
                Fixtures.article("b", "Leaders of NATO met in Brenmoor on Monday for a two-day summit."),
                Fixtures.article("c", "The NATO summit in Brenmoor ended on Tuesday with a joint statement."));
        Story.Entity nato = withAlias(new EntityExtractor().extract(story), "NATO").orElseThrow();
        assertEquals("NATO", nato.name(), nato.toString());
        assertTrue(nato.aliases().contains("Nato"), nato.toString());
    }
}
