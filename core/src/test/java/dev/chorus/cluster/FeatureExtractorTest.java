package dev.chorus.cluster;

import dev.chorus.embed.TextEmbedder;
import dev.chorus.fingerprint.TfIdfVectorizer;
import dev.chorus.model.AnalysedArticle;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.chorus.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeatureExtractorTest {

    private static Map<String, Integer> names(String sentence) {
        Map<String, Integer> out = new HashMap<>();
        FeatureExtractor.names(sentence, out);
        return out;
    }

    @Test
    void capitalisedRunsNotAtSentenceStartAreNames() {
        Map<String, Integer> n = names("Turkish Foreign Minister Mevlüt Çavuşoğlu met NATO officials in Brussels on Monday.");
        assertTrue(n.containsKey("foreign minister mevlut cavusoglu"), n.toString());
        assertTrue(n.containsKey("cavusoglu"), "each word of a longer name counts too: " + n);
        assertTrue(n.containsKey("nato"));
        assertTrue(n.containsKey("brussels"));
        assertTrue(n.containsKey("monday"));
        assertFalse(n.containsKey("turkish"), "the sentence's first word is capitalised whatever it is");
        assertFalse(n.containsKey("officials"));
    }

    @Test
    void spellingsWithAndWithoutDiacriticsMeet() {
        assertEquals(names("The minister, Mevlüt Çavuşoğlu, spoke.").keySet(),
                names("The minister, Mevlut Cavusoglu, spoke.").keySet());
    }

    @Test
    void punctuationEndsAName() {
        Map<String, Integer> n = names("Talks between Kyiv, Moscow and Ankara resumed.");
        assertTrue(n.containsKey("kyiv") && n.containsKey("moscow") && n.containsKey("ankara"), n.toString());
        assertFalse(n.containsKey("kyiv moscow"), n.toString());
    }

    @Test
    void figuresHaveTwoDigitsOrMore() {
        Map<String, Integer> f = new HashMap<>();
        FeatureExtractor.figures("At least 12 people died and 3 were hurt; damage of 4.5 million, or 6,000 homes, in 2023.", f);
        assertEquals(Map.of("12", 1, "4.5", 1, "6000", 1, "2023", 1), f);
    }

    @Test
    void embeddingTextIsTitleThenLead() {
        AnalysedArticle a = article("a", "Dam spillway opened", "2024-05-02",
                "Engineers opened the spillway on Thursday. The reservoir was almost full.", "Villages were warned.");
        assertEquals("Dam spillway opened. Engineers opened the spillway on Thursday. The reservoir was almost full. "
                + "Villages were warned.", FeatureExtractor.embeddingText(a));
    }

    @Test
    void onlyLanguagesTheEmbedderCoversAreEmbedded() {
        AnalysedArticle english = article("en", "Dam opened", "2024-05-02", "Engineers opened the Kessel dam.");
        AnalysedArticle german = withLanguage(article("de", "Damm geöffnet", "2024-05-02", "Ingenieure öffneten den Damm."), "de");
        List<AnalysedArticle> articles = List.of(english, german);
        CountingEmbedder embedder = new CountingEmbedder();
        List<ArticleFeatures> features = new FeatureExtractor(embedder)
                .features(articles, new TfIdfVectorizer().vectorize(articles));
        assertNotNull(features.get(0).embedding());
        assertNull(features.get(1).embedding());
        assertEquals(List.of(FeatureExtractor.embeddingText(english)), embedder.seen);
        assertEquals(LocalDate.parse("2024-05-02"), features.get(0).first());
        assertEquals("de", features.get(1).language());
        assertTrue(features.get(0).entities().containsKey("kessel"), features.get(0).entities().toString());
    }

    private static AnalysedArticle withLanguage(AnalysedArticle a, String language) {
        return new AnalysedArticle(a.article().withMetadata(a.article().metadata().withLanguage(language)), a.sentences());
    }

    /** Embeds every text as the same unit vector and remembers what it was given. */
    static final class CountingEmbedder implements TextEmbedder {
        final List<String> seen = new ArrayList<>();

        @Override
        public String name() {
            return "counting";
        }

        @Override
        public int dimensions() {
            return 2;
        }

        @Override
        public float[][] embed(List<String> texts) {
            seen.addAll(texts);
            float[][] out = new float[texts.size()][];
            for (int i = 0; i < out.length; i++) {
                out[i] = new float[]{1, 0};
            }
            return out;
        }

        @Override
        public boolean covers(String language) {
            return "en".equals(language);
        }

        @Override
        public void close() {
        }
    }
}
