package dev.chorus.compare;

import dev.chorus.model.AnalysedArticle;
import dev.chorus.model.Story;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Spelling variants, plural common nouns opening sentences, and street names. An invented flood in Tarrow. */
class EntityVariantsTest {

    private static List<Story.Entity> entities(AnalysedArticle... articles) {
        return new EntityExtractor().extract(List.of(articles));
    }

    private static List<String> forms(Story.Entity e) {
        List<String> forms = new ArrayList<>(e.aliases());
        forms.add(e.name());
        return forms;
    }

    private static Story.Entity withForm(List<Story.Entity> entities, String form) {
        return entities.stream().filter(e -> forms(e).contains(form)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + form + " in " + entities));
    }

    @Test
    void transliteratedGivenNamesAndOneLetterSurnamesMergeButNotOtherPeopleWithTheSurname() {
        List<Story.Entity> entities = entities(
                Fixtures.article("a", "Water minister Mohammed Qadiri said the dam at Tarrow would hold.",
                        "Hanna Lindqvist, who runs the shelter, said 200 families had arrived.",
                        "Her brother Oskar Lindqvist drove a tractor through the flood."),
                Fixtures.article("b", "Muhammad Qadiri, the water minister, visited the dam on Friday.",
                        "Shelter director Hanna Lindkvist said more beds were needed."));
        Story.Entity qadiri = withForm(entities, "Mohammed Qadiri");
        assertTrue(forms(qadiri).contains("Muhammad Qadiri"), qadiri.toString());
        assertEquals(List.of("a", "b"), qadiri.articles());
        Story.Entity hanna = withForm(entities, "Hanna Lindqvist");
        assertTrue(forms(hanna).contains("Hanna Lindkvist"), hanna.toString());
        assertFalse(forms(hanna).contains("Oskar Lindqvist"), hanna.toString());
        assertEquals(Story.EntityType.PERSON, withForm(entities, "Oskar Lindqvist").type());
    }

    @Test
    void pluralCommonNounsOpeningSentencesAreNoNames() {
        List<Story.Entity> entities = entities(Fixtures.article("a",
                "Residents said the water rose within minutes.",
                "Officials at the town hall handed out sandbags.",
                "Engineers from the river authority will inspect the dam.",
                "Volunteers said they had worked through the night.",
                "Marta Ilves, a volunteer, said she had never seen such a flood."));
        for (String word : List.of("Residents", "Officials", "Engineers", "Volunteers")) {
            assertTrue(entities.stream().noneMatch(e -> forms(e).contains(word)), word + " in " + entities);
        }
        assertEquals(Story.EntityType.PERSON, withForm(entities, "Marta Ilves").type());
    }

    @Test
    void streetNamesArePlacesAndNeverVenues() {
        AnalysedArticle a = Fixtures.article("a",
                "The water reached Mill Road in Tarrow on Friday, and shops on Canal Street were closed.",
                "Mayor Petra Solberg met rescue chief Ivo Haak on Canal Street on Friday for talks.");
        AnalysedArticle b = Fixtures.article("b",
                "Mayor Petra Solberg met rescue chief Ivo Haak in Tarrow on Friday for talks on the flood.");
        List<Story.Entity> entities = entities(a, b);
        assertEquals(Story.EntityType.PLACE, withForm(entities, "Mill Road").type());
        assertEquals(Story.EntityType.PLACE, withForm(entities, "Canal Street").type());
        List<AnalysedArticle> articles = List.of(a, b);
        assertEquals(List.of(), new ConflictFinder().find(articles, new ClaimAligner().groups(articles), entities));
    }
}
