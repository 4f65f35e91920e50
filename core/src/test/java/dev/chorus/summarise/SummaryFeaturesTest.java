package dev.chorus.summarise;

import dev.chorus.compare.ClaimGroup;
import dev.chorus.model.AnalysedArticle;
import dev.chorus.model.Sentence;
import dev.chorus.model.Story;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.chorus.summarise.SummaryStories.group;
import static dev.chorus.summarise.SummaryStories.sentences;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SummaryFeaturesTest {

    private static final String CLOSED = "The regional rail operator closed the coastal line on Monday after a landslide.";
    private static final String BUSES = "Replacement buses will run between Arlo and Fennick until Friday.";
    private static final String QUOTE = "\"The slope had been unstable for years,\" a local councillor said.";
    private static final SummaryModel MODEL = new SummaryModel(
            new double[SummaryFeatures.SENTENCE_FEATURES.size()], new double[SummaryFeatures.WORD_FEATURES.size()],
            Map.of("landslide", new int[] {98, 78}));

    private static final List<AnalysedArticle> ARTICLES = List.of(sentences("a", 4), sentences("b", 8));

    @Test
    void aClaimsFeaturesSayHowWidelyHowEarlyAndHowItIsWritten() {
        List<ClaimGroup> claims = List.of(group("c1", CLOSED, "a:0", "b:0"), group("c2", BUSES, "b:2"),
                group("c3", QUOTE, "b:4"), group("c4", "Trains?", "a:3", "b:7"));
        SummaryFeatures.Story story = SummaryFeatures.of(ARTICLES, claims, MODEL, false);
        assertEquals(List.of(CLOSED, BUSES, QUOTE), story.candidates().stream().map(SummaryFeatures.Candidate::text)
                .toList(), "the question is no candidate");
        double[] closed = story.candidates().get(0).features();
        assertEquals(1.0, feature(closed, "supportShare"));
        assertEquals(1.0, feature(closed, "lead"));
        assertEquals(1.0, feature(closed, "firstArticle"));
        assertEquals(0.0, feature(closed, "quote"));
        double[] buses = story.candidates().get(1).features();
        assertEquals(0.5, feature(buses, "supportShare"));
        assertEquals(0.25, feature(buses, "position"), 1e-12, "sentence 2 of 8");
        assertEquals(0.0, feature(buses, "firstArticle"));
        assertEquals(1.0, feature(story.candidates().get(2).features(), "quote"));
        assertEquals(1.0, feature(story.candidates().get(2).features(), "said"));
        assertEquals(1.0, feature(closed, "centrality"), "every term is in the other article too");
        assertEquals(0.0, feature(buses, "centrality"), "no term is in the other article");
        assertEquals((78 + 0.3) / 100 / 13 + SummaryModel.UNSEEN_PRIOR * 12 / 13, feature(closed, "meanPrior"), 1e-12,
                "one known word of 13");
    }

    @Test
    void everyWordingOfAClaimIsACandidateOnlyWhenAsked() {
        String reworded = "A landslide on Monday made the regional rail operator close the coastal line.";
        ClaimGroup closed = new ClaimGroup(new Story.Claim("c1", CLOSED, List.of("a", "b"), false),
                List.of(new Sentence("a", 0, 0, CLOSED), new Sentence("b", 3, 0, reworded)));
        List<ClaimGroup> claims = List.of(closed, group("c2", BUSES, "b:2"));
        assertEquals(List.of(CLOSED, BUSES), SummaryFeatures.of(ARTICLES, claims, MODEL, false).candidates().stream()
                .map(SummaryFeatures.Candidate::text).toList());
        List<SummaryFeatures.Candidate> all = SummaryFeatures.of(ARTICLES, claims, MODEL, true).candidates();
        assertEquals(List.of(CLOSED, reworded, BUSES), all.stream().map(SummaryFeatures.Candidate::text).toList());
        assertEquals(List.of(0, 0, 1), all.stream().map(SummaryFeatures.Candidate::claim).toList());
        assertEquals(List.of("a", "b"), all.get(1).articles(), "a wording cites the whole claim");
        assertEquals(0.375, feature(all.get(1).features(), "position"), 1e-12, "sentence 3 of 8, its own place");
        assertEquals(0.0, feature(all.get(1).features(), "firstArticle"), "written by the second article");
    }

    @Test
    void aWordsFeaturesSayHowMuchOfTheStoryUsesIt() {
        List<ClaimGroup> claims = List.of(group("c1", CLOSED, "a:0", "b:0"), group("c2", BUSES, "b:2"),
                group("c3", QUOTE, "b:4"));
        Map<String, double[]> words = SummaryFeatures.of(ARTICLES, claims, MODEL, false).words();
        double[] the = words.get("the");
        assertEquals(1.0, word(the, "bias"));
        assertEquals(2 / 3.0, word(the, "sentenceShare"), 1e-12, "in two of the three candidates");
        assertEquals(Math.log(3), word(the, "logCount"), 1e-12, "three times in all");
        assertEquals(0.0, word(the, "firstPosition"));
        assertEquals(0.5, word(words.get("fennick"), "maxSupportShare"));
        double p = (78 + 0.3) / 100;
        assertEquals(Math.log(p / (1 - p)), word(words.get("landslide"), "priorLogit"), 1e-12);
        assertFalse(words.containsKey("trains"));
    }

    @Test
    void shortQuestionAndDanglingSentencesAreNoCandidates() {
        assertTrue(SummaryFeatures.isUsable(BUSES));
        assertTrue(SummaryFeatures.isUsable("‘We will run buses until the line is safe,’ the operator said."));
        assertFalse(SummaryFeatures.isUsable("Trains resume on Friday."), "five words");
        assertFalse(SummaryFeatures.isUsable("Will the buses run until the line is safe?"));
        assertFalse(SummaryFeatures.isUsable("The operator gave three reasons for the closure:"));
        assertFalse(SummaryFeatures.isUsable(") and the operator said the buses would run until Friday."));
        assertFalse(SummaryFeatures.isUsable("Follow the Kessa line on Twitter: http://bit.ly/kessaline for updates."));
        assertFalse(SummaryFeatures.isUsable("Timetables for the replacement buses are at www.kessa-rail.example now."));
        assertTrue(SummaryFeatures.isUsable("The operator said its website would list the replacement buses."));
        assertFalse(SummaryFeatures.isUsable("Engineers inspect the slope above the northern tunnel after the..."),
                "a caption or teaser cut short");
    }

    private static double feature(double[] features, String name) {
        return features[SummaryFeatures.SENTENCE_FEATURES.indexOf(name)];
    }

    private static double word(double[] features, String name) {
        return features[SummaryFeatures.WORD_FEATURES.indexOf(name)];
    }
}
