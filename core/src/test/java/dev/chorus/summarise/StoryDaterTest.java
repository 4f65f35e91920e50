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

    @Test
    void eventDayFromTheLeadsResolvedAgainstEachPublicationDate() {
        // published the morning after: "on Tuesday" is 2021-03-16, not the publication day
        List<dev.chorus.model.AnalysedArticle> story = List.of(
                article("a", "Ferry runs aground off Brask", "2021-03-17",
                        "A ferry carrying 200 passengers ran aground off Brask on Tuesday, the coastguard said."),
                article("b", "Brask ferry grounded", "2021-03-16",
                        "A ferry ran aground off the port of Brask today, with 200 passengers on board."),
                article("c", "Ferry aground", null,
                        "The ferry ran aground on 16 March near Brask."),
                article("d", "Ferry inquiry opens", "2021-03-18",
                        "An inquiry opened yesterday into why a ferry ran aground near Brask."));
        assertEquals(Optional.of(LocalDate.of(2021, 3, 16)), dater.eventDate(story));
        assertEquals(Optional.of(LocalDate.of(2021, 3, 16)), dater.date(story.stream()
                .map(dev.chorus.model.AnalysedArticle::article).toList()));
    }

    @Test
    void aDayOutsideTheWeekBeforePublicationIsPassedOverForTheNextOne() {
        List<dev.chorus.model.AnalysedArticle> story = List.of(
                article("a", "Court rules on 2019 strike", "2021-03-17",
                        "A court on 12 January ruled the strike lawful.", "The case was heard on Monday."));
        // 12 January is two months back: the hearing on Monday is the event
        assertEquals(Optional.of(LocalDate.of(2021, 3, 15)), dater.eventDate(story));
        List<dev.chorus.model.AnalysedArticle> old = List.of(article("a", "Court rules on 2019 strike",
                "2021-03-17", "A court on 12 January ruled the strike lawful."));
        assertEquals(Optional.of(LocalDate.of(2021, 3, 17)), dater.eventDate(old), "no day in range: publication");
    }

    @Test
    void aDayOneUndatedArticleWritesDoesNotDateAStoryOfSeveral() {
        // no publication dates: the only full date is a release date years ahead, in one article's lead
        List<dev.chorus.model.AnalysedArticle> undated = List.of(
                article("a", "Singer's son sentenced", null,
                        "The singer's son was sentenced to eight years in prison.",
                        "His release date is Aug. 10, 2031, but he is eligible for parole sooner."),
                article("b", "Eight years for singer's son", null,
                        "A court sentenced the singer's son to eight years after he broke his probation."));
        assertEquals(Optional.empty(), dater.eventDate(undated));
        List<dev.chorus.model.AnalysedArticle> agreeing = List.of(undated.get(0),
                article("c", "Son of singer jailed", null,
                        "The singer's son, whose release date is Aug. 10, 2031, was jailed on Friday."));
        assertEquals(Optional.of(LocalDate.of(2031, 8, 10)), dater.eventDate(agreeing),
                "two articles naming one day is evidence, whatever the day");
        assertEquals(Optional.of(LocalDate.of(2031, 8, 10)), dater.eventDate(undated.subList(0, 1)),
                "alone, the article's own day is all there is");
    }
}
