package dev.chorus.compare;

import dev.chorus.model.AnalysedArticle;
import dev.chorus.model.Story;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.chorus.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateConflictTest {

    private static List<Story.Conflict> conflicts(List<AnalysedArticle> articles) {
        return new ConflictFinder().find(articles, new ClaimAligner().groups(articles),
                new EntityExtractor().extract(articles));
    }

    @Test
    void relativeDaysAreComparedAsTheDaysTheyName() {
        // "yesterday" on Tuesday 16 March and "on Monday" on Wednesday 17 March are both Monday 15 March
        AnalysedArticle a = article("a", "Bridge collapse", "2021-03-16",
                "The old rail bridge over the Vessa river in Brask collapsed yesterday, cutting the line to the coast.");
        AnalysedArticle b = article("b", "Bridge collapse", "2021-03-17",
                "The old rail bridge over the Vessa river in Brask collapsed on Monday, cutting the line to the coast.");
        assertTrue(conflicts(List.of(a, b)).isEmpty(), conflicts(List.of(a, b)).toString());

        AnalysedArticle c = article("c", "Bridge collapse", "2021-03-17",
                "The old rail bridge over the Vessa river in Brask collapsed on Sunday, cutting the line to the coast.");
        List<Story.Conflict> found = conflicts(List.of(a, b, c));
        assertEquals(1, found.size(), found.toString());
        Story.Conflict day = found.get(0);
        assertEquals(List.of("a", "b"), day.variants().get(0).articles());
        assertTrue(day.variants().get(0).value().contains("2021-03-15"), day.toString());
        assertEquals(List.of("c"), day.variants().get(1).articles());
        assertTrue(day.variants().get(1).value().contains("Sunday (2021-03-14)"), day.toString());
    }

    @Test
    void theSameWeekdayPublishedAWeekApartIsNoConflict() {
        AnalysedArticle a = article("a", "Bridge collapse", "2021-03-16",
                "The old rail bridge over the Vessa river in Brask collapsed on Monday, cutting the line to the coast.");
        AnalysedArticle b = article("b", "Bridge collapse", "2021-03-23",
                "The old rail bridge over the Vessa river in Brask collapsed on Monday, cutting the line to the coast.");
        assertTrue(conflicts(List.of(a, b)).isEmpty());
    }
}
