package dev.chorus.cluster;

import dev.chorus.fingerprint.TfIdfVectorizer;
import dev.chorus.model.AnalysedArticle;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static dev.chorus.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StorySimilarityTest {

    private static final AnalysedArticle DAM_1 = article("dam-1", "Kessel dam spillway opened as reservoir nears limit",
            "2024-05-02",
            "Engineers opened the spillway of the Kessel dam on Thursday after the reservoir rose to 98 per cent of capacity following a week of heavy rain.",
            "Villages downstream of the dam along the Weir valley were told to move cars and livestock to higher ground.");
    private static final AnalysedArticle DAM_2 = article("dam-2", "Weir valley villages on alert as Kessel dam releases water",
            "2024-05-03",
            "Residents of the Weir valley were put on alert after the operator of the Kessel dam opened its spillway, saying the reservoir was 98 per cent full after days of rain.",
            "Police asked villagers downstream of the dam to move livestock and cars to higher ground.");
    private static final AnalysedArticle DAM_3 = article("dam-3", "Kessel dam water level falls", "2024-05-04",
            "The water level behind the Kessel dam fell on Saturday and the Weir valley alert was lifted.");
    private static final AnalysedArticle CHESS = article("chess-1", "Teenager wins national chess title", "2024-05-02",
            "A 15-year-old from Lindau won the national chess championship on Sunday, beating the defending champion in the final round.",
            "She is the youngest winner of the title in its 90-year history.");

    private static List<ArticleFeatures> features(AnalysedArticle... articles) {
        List<AnalysedArticle> list = List.of(articles);
        return new FeatureExtractor(null).features(list, new TfIdfVectorizer().vectorize(list));
    }

    @Test
    void reportsOfOneEventScoreAboveTheThresholdAndOthersBelow() {
        List<ArticleFeatures> f = features(DAM_1, DAM_2, CHESS);
        double same = StorySimilarity.score(f.get(0), f.get(1));
        double different = StorySimilarity.score(f.get(0), f.get(2));
        assertTrue(same >= StorySimilarity.SAME_STORY_THRESHOLD, "same story " + same);
        assertTrue(different < StorySimilarity.SAME_STORY_THRESHOLD, "different story " + different);
    }

    @Test
    void scoreIsSymmetricAndInRange() {
        List<ArticleFeatures> f = features(DAM_1, DAM_2, DAM_3, CHESS);
        for (ArticleFeatures a : f) {
            for (ArticleFeatures b : f) {
                double s = StorySimilarity.score(a, b);
                assertTrue(s >= 0 && s <= 1, "score " + s);
                assertEquals(s, StorySimilarity.score(b, a), 1e-12);
            }
        }
        assertEquals(1.0, StorySimilarity.score(f.get(0), f.get(0)), 1e-9, "an article is its own story");
    }

    @Test
    void evidenceNamesWhatTheArticlesShare() {
        List<ArticleFeatures> f = features(DAM_1, DAM_2);
        StorySimilarity.Evidence e = StorySimilarity.evidence(f.get(0), f.get(1));
        assertTrue(e.lexical() > 0.2, e.toString());
        assertTrue(e.names() > 0, "Kessel, Weir: " + e);
        assertTrue(e.figures() > 0, "98: " + e);
        assertEquals(1, e.daysApart());
        assertTrue(Double.isNaN(e.embedding()) && !e.hasEmbedding());
    }

    @Test
    void timeApartLowersTheScoreAfterAFewDays() {
        assertEquals(1.0, StorySimilarity.timeFactor(-1), "unknown date changes nothing");
        assertEquals(1.0, StorySimilarity.timeFactor(StorySimilarity.SAME_TIME_DAYS));
        assertEquals(0.5, StorySimilarity.timeFactor(StorySimilarity.SAME_TIME_DAYS + 7), 1e-12);
        AnalysedArticle later = article("dam-later", DAM_1.article().metadata().title(), "2024-07-20",
                DAM_1.article().paragraphs().toArray(String[]::new));
        List<ArticleFeatures> f = features(DAM_1, later);
        assertTrue(StorySimilarity.score(f.get(0), f.get(1)) < 0.01, "identical text eleven weeks apart");
    }

    @Test
    void anArticleMeetsAStoryCentroidByTheSameFunction() {
        List<ArticleFeatures> f = features(DAM_1, DAM_2, DAM_3, CHESS);
        ArticleFeatures story = ArticleFeatures.merge(f.get(0), f.get(1));
        assertEquals(2, story.articles());
        assertEquals(LocalDate.parse("2024-05-02"), story.first());
        assertEquals(LocalDate.parse("2024-05-03"), story.last());
        assertEquals(f.get(0).entities().getOrDefault("kessel", 0) + f.get(1).entities().getOrDefault("kessel", 0),
                story.entities().get("kessel"));
        double dam = StorySimilarity.score(f.get(2), story);
        double chess = StorySimilarity.score(f.get(3), story);
        assertTrue(dam > chess, dam + " vs " + chess);
        assertEquals(1, StorySimilarity.evidence(f.get(2), story).daysApart(), "dam-3 is a day after the story's last");
    }

    @Test
    void centroidEmbeddingIsTheSumAndCosineNormalises() {
        ArticleFeatures base = features(DAM_1).get(0);
        ArticleFeatures a = withEmbedding(base, new float[]{1, 0});
        ArticleFeatures b = withEmbedding(base, new float[]{0, 1});
        ArticleFeatures none = withEmbedding(base, null);
        ArticleFeatures story = ArticleFeatures.merge(a, b);
        assertEquals(List.of(1f, 1f), List.of(story.embedding()[0], story.embedding()[1]));
        assertEquals(Math.sqrt(0.5), story.embeddingCosine(a), 1e-6);
        assertEquals(a.embedding()[0], ArticleFeatures.merge(a, none).embedding()[0], "a missing embedding adds nothing");
        assertTrue(Double.isNaN(a.embeddingCosine(none)));
    }

    @Test
    void countCosineOfBags() {
        assertEquals(0.0, StorySimilarity.countCosine(Map.of(), Map.of("a", 1)));
        assertEquals(1.0, StorySimilarity.countCosine(Map.of("a", 2, "b", 1), Map.of("a", 4, "b", 2)), 1e-12);
        // (1*1) / (sqrt(2) * sqrt(2))
        assertEquals(0.5, StorySimilarity.countCosine(Map.of("a", 1, "b", 1), Map.of("a", 1, "c", 1)), 1e-12);
    }

    private static ArticleFeatures withEmbedding(ArticleFeatures f, float[] embedding) {
        return new ArticleFeatures(f.terms(), embedding, f.entities(), f.numbers(), f.first(), f.last(), f.language(),
                f.articles());
    }
}
