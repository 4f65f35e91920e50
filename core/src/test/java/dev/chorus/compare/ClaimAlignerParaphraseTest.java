package dev.chorus.compare;

import dev.chorus.embed.MiniLmEmbedder;
import dev.chorus.embed.TextEmbedder;
import dev.chorus.model.AnalysedArticle;
import dev.chorus.model.Article;
import dev.chorus.model.Metadata;
import dev.chorus.model.Story;
import dev.chorus.sentence.SentenceSplitter;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Claims told in other words: the embedder links sentences that share too few words to be linked on words. */
class ClaimAlignerParaphraseTest {

    private static final String TENSION_A = "Tension between the two towns rose over the Kessel dam while the "
            + "fighting over water rights continued.";
    private static final String TENSION_B = "Tensions between the two towns had risen over the Kessel dam while the "
            + "dispute over water was ongoing, with each council accusing the other of draining the reservoir.";

    /** Vectors chosen by the test: every text the same unit vector, or orthogonal ones. */
    private static final class FixedEmbedder implements TextEmbedder {
        final boolean alike;
        final List<String> asked = new ArrayList<>();

        FixedEmbedder(boolean alike) {
            this.alike = alike;
        }

        @Override
        public String name() {
            return "fixed";
        }

        @Override
        public int dimensions() {
            return 2;
        }

        @Override
        public boolean covers(String language) {
            return language == null || language.equals("en");
        }

        @Override
        public float[][] embed(List<String> texts) {
            asked.addAll(texts);
            float[][] out = new float[texts.size()][];
            for (int i = 0; i < texts.size(); i++) {
                out[i] = alike || i % 2 == 0 ? new float[]{1, 0} : new float[]{0, 1};
            }
            return out;
        }

        @Override
        public void close() {
        }
    }

    private static AnalysedArticle article(String id, String language, String... paragraphs) {
        Metadata meta = new Metadata(null, List.of(), null, null, language, null, null, null, null);
        return new SentenceSplitter().analyse(new Article(id, meta, List.of(paragraphs), List.of(), List.of()));
    }

    private static Optional<Story.Claim> claimWith(List<Story.Claim> claims, String words) {
        return claims.stream().filter(c -> c.text().contains(words)).findFirst();
    }

    private static List<AnalysedArticle> story(String language) {
        return List.of(
                article("a", language, TENSION_A, "The regional water board will meet on Friday."),
                article("b", language, TENSION_B, "A court in Marren will hear the case in spring."));
    }

    @Test
    void onWordsAloneTheParaphraseIsTwoClaims() {
        List<Story.Claim> claims = new ClaimAligner().align(story("en"));
        assertEquals(List.of("a"), claimWith(claims, "rose over").orElseThrow().articles());
    }

    @Test
    void meaningsThatAgreeJoinTheParaphrase() {
        FixedEmbedder embedder = new FixedEmbedder(true);
        List<Story.Claim> claims = new ClaimAligner(ClaimAligner.DEFAULT_THRESHOLD, embedder).align(story("en"));
        Story.Claim tension = claimWith(claims, "Tension").orElseThrow();
        assertEquals(List.of("a", "b"), tension.articles(), claims::toString);
        assertTrue(claimWith(claims, "water board").orElseThrow().unique(), "sentences sharing no words stay apart");
        assertTrue(embedder.asked.stream().noneMatch(t -> t.contains("water board")),
                "only sentences of a borderline pair are embedded: " + embedder.asked);
    }

    @Test
    void meaningsThatDifferKeepThemApart() {
        List<Story.Claim> claims = new ClaimAligner(ClaimAligner.DEFAULT_THRESHOLD, new FixedEmbedder(false))
                .align(story("en"));
        assertEquals(List.of("a"), claimWith(claims, "rose over").orElseThrow().articles());
    }

    @Test
    void differentFiguresAreDifferentFactsHoweverAlike() {
        List<AnalysedArticle> story = List.of(
                article("a", "en", "More than 10 percent of the town's wells have run dry this summer, the water board said."),
                article("b", "en", "The number of wells that ran dry in the town rose by 43 percent this summer."));
        List<Story.Claim> claims = new ClaimAligner(ClaimAligner.DEFAULT_THRESHOLD, new FixedEmbedder(true)).align(story);
        assertEquals(2, claims.size(), claims::toString);
    }

    @Test
    void languagesTheModelDoesNotReadAreLeftToWords() {
        FixedEmbedder embedder = new FixedEmbedder(true);
        List<Story.Claim> claims = new ClaimAligner(ClaimAligner.DEFAULT_THRESHOLD, embedder).align(story("de"));
        assertTrue(embedder.asked.isEmpty(), embedder.asked::toString);
        assertEquals(List.of("a"), claimWith(claims, "rose over").orElseThrow().articles());
    }

    @Test
    void theRealModelJoinsAParaphraseAndNotAnotherFact() {
        try (MiniLmEmbedder model = MiniLmEmbedder.forSentences()) {
            List<Story.Claim> claims = new ClaimAligner(ClaimAligner.DEFAULT_THRESHOLD, model).align(story("en"));
            assertEquals(List.of("a", "b"), claimWith(claims, "Tension").orElseThrow().articles(), claims::toString);
            assertTrue(claimWith(claims, "water board").orElseThrow().unique());
            assertTrue(claimWith(claims, "court in Marren").orElseThrow().unique());
        }
    }
}
