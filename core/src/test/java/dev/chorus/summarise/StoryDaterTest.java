package dev.chorus.summarise;

import dev.chorus.model.Article;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static dev.chorus.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoryDaterTest {

    private final StoryDater dater = new StoryDater();

    private static Article dated(String id, String date) {
        return article(id, "t", date, "Body.").article();
    }

    @Test
    void earliestOfTheAgreeingDates() {
        List<Article> articles = List.of(dated("a", "2020-12-30"), dated("b", "2020-12-29"), dated("c", null));
        assertEquals(Optional.of(LocalDate.of(2020, 12, 29)), dater.date(articles));
    }

    @Test
    void aCrawlDateMonthsLaterIsAnOutlierAndNotTheStoryDate() {
        List<Article> articles = List.of(dated("a", "2024-03-19"), dated("b", "2020-12-29"), dated("c", "2020-12-30"));
        assertEquals(Optional.of(LocalDate.of(2020, 12, 29)), dater.date(articles));
        assertTrue(dater.isOutlier(LocalDate.of(2024, 3, 19), articles));
        assertFalse(dater.isOutlier(LocalDate.of(2020, 12, 30), articles));
    }

    @Test
    void noDatesNoStoryDate() {
        assertEquals(Optional.empty(), dater.date(List.of(dated("a", null))));
        assertFalse(dater.isOutlier(LocalDate.of(2021, 1, 1), List.of(dated("a", null))));
    }
}
