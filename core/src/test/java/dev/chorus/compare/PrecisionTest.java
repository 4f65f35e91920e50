package dev.chorus.compare;

import dev.chorus.model.AnalysedArticle;
import dev.chorus.model.Story;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Three independent, invented reports of one earthquake that agree on every fact but word them differently:
 * no conflicts, no copies, and the shared facts still align.
 */
class PrecisionTest {

    static List<AnalysedArticle> quake() {
        return List.of(
                Fixtures.article("agency",
                        "A magnitude 6.4 earthquake struck the eastern province of Erzincan on Saturday night, "
                                + "killing at least 120 people and injuring more than 900, officials said.",
                        "Interior Minister Selin Aktas said rescue teams had pulled 45 survivors from collapsed "
                                + "buildings by Sunday morning.",
                        "\"We will not leave a single family without shelter this winter,\" Aktas told reporters "
                                + "in Erzincan.",
                        "President Kemal Oran visited Erzincan on Sunday and promised $1.5 billion in "
                                + "reconstruction aid.",
                        "The quake was felt as far away as Ankara, about 500 km to the west."),
                Fixtures.article("daily",
                        "The death toll from Saturday's 6.4-magnitude quake in Erzincan rose to 123 on Sunday, "
                                + "with over 900 people injured, according to the interior ministry.",
                        "Rescuers had freed 45 survivors from the rubble by Sunday morning, Minister Selin Aktas "
                                + "said.",
                        "President Kemal Oran, who visited the city of Erzincan on Sunday, pledged $1.5bn for "
                                + "rebuilding.",
                        "\"We will not leave a single family without shelter this winter,\" Ms Aktas said.",
                        "Residents of Ankara, roughly 500 kilometres away, said they felt the ground shake."),
                Fixtures.article("weekly",
                        "More than 120 people were killed when a powerful earthquake hit Erzincan province late on "
                                + "Saturday.",
                        "Oran toured the devastated city on Sunday, a day after the quake, and announced aid worth "
                                + "some $1.5 billion.",
                        "Aktas, the interior minister, said 45 people had been rescued alive from the ruins."));
    }

    @Test
    void agreeingReportsHaveNoConflictsAndNoCopies() {
        List<AnalysedArticle> articles = quake();
        List<Story.Entity> entities = new EntityExtractor().extract(articles);
        List<ClaimGroup> groups = new ClaimAligner().groups(articles);
        assertEquals(List.of(), new ConflictFinder().find(articles, groups, entities));
        assertEquals(List.of(), new CopyDetector().detect(articles));
        assertTrue(groups.stream().anyMatch(g -> g.claim().articles().size() == 3), groups.toString());
        Story.Quote shelter = new QuoteExtractor().extract(articles, entities).get(0);
        assertEquals("Selin Aktas", shelter.speaker());
        assertEquals(List.of("agency", "daily"), shelter.articles());
    }
}
