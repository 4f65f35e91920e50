package dev.chorus.cluster;

import dev.chorus.model.AnalysedArticle;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.chorus.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoryClustererTest {

    private static final AnalysedArticle DAM_1 = DamAndChess.DAM_1;
    private static final AnalysedArticle DAM_2 = DamAndChess.DAM_2;
    private static final AnalysedArticle CHESS = DamAndChess.CHESS;

    @Test
    void groupsReportsOfOneEventAndKeepsOthersApart() {
        List<List<AnalysedArticle>> stories = new StoryClusterer().cluster(List.of(DAM_1, CHESS, DAM_2));
        assertEquals(2, stories.size());
        assertEquals(List.of("dam-1", "dam-2"), stories.get(0).stream().map(AnalysedArticle::id).toList());
        assertEquals(List.of("chess-1"), stories.get(1).stream().map(AnalysedArticle::id).toList());
    }

    @Test
    void sameTopicWeeksApartIsTwoStories() {
        AnalysedArticle later = article("dam-later", "Kessel dam spillway opened again as reservoir nears limit",
                "2024-07-20", DAM_1.article().paragraphs().toArray(String[]::new));
        List<List<AnalysedArticle>> stories = new StoryClusterer().cluster(List.of(DAM_1, later));
        assertEquals(2, stories.size(), "identical text but 11 weeks apart");
    }

    @Test
    void everyArticleLandsInExactlyOneGroup() {
        List<List<AnalysedArticle>> stories = new StoryClusterer().cluster(List.of(CHESS, DAM_2, DAM_1, CHESS));
        assertEquals(4, stories.stream().mapToInt(List::size).sum());
    }

    @Test
    void reportsOnDifferentAnglesOfOneEventStayTogetherInASmallBatch() {
        // The third report shares the event's names but spends most words on other matters, so none of the
        // shared terms is among its heaviest: a heavy-term index alone would not pair it.
        AnalysedArticle angle = article("dam-3", null, null,
                "The Kessel dam operator said on Thursday the spillway would stay open through the weekend as the reservoir stays near capacity after the rain.",
                "Villages downstream in the Weir valley moved livestock to higher ground; farmers asked for compensation for flooded hay meadows.",
                "The regional assembly will debate a new reservoir management law, delayed since last spring by a dispute over fishing quotas.",
                "Tourism officials cancelled the lakeside regatta and a sailing festival planned at the marina.");
        List<List<AnalysedArticle>> stories = new StoryClusterer().cluster(List.of(DAM_1, DAM_2, angle, CHESS));
        assertEquals(List.of("dam-1", "dam-2", "dam-3"), stories.get(0).stream().map(AnalysedArticle::id).toList());
    }

    @Test
    void aChainOfWeakLinksDoesNotJoinUnrelatedArticles() {
        // Each article shares words only with its neighbours in the chain; the first and last have nothing in
        // common. An article must be like the story as a whole, not like its latest member, to join it.
        AnalysedArticle a = article("a", null, null, "Glacier melt raised the alpine lake level; hikers photographed turquoise meltwater.");
        AnalysedArticle b = article("b", null, null, "Alpine lake hikers bought cheese; dairy cooperatives sell mountain cheese.");
        AnalysedArticle c = article("c", null, null, "Dairy cooperatives sell mountain cheese at the harvest market with wine tasting.");
        AnalysedArticle d = article("d", null, null, "The harvest market wine tasting drew vintners from the river terraces and their barrels.");
        AnalysedArticle e = article("e", null, null, "Vintners from the river terraces blamed late frost for a thin crop and smaller barrels.");
        List<List<AnalysedArticle>> stories = new StoryClusterer().cluster(List.of(a, b, c, d, e));
        assertTrue(stories.size() >= 2, stories.toString());
        assertTrue(stories.stream().noneMatch(s -> s.contains(a) && s.contains(e)), "first and last apart");
    }

    @Test
    void emptyInputGivesNoStories() {
        assertEquals(List.of(), new StoryClusterer().cluster(List.of()));
    }
}
