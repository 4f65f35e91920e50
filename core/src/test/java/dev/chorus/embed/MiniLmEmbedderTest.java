package dev.chorus.embed;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MiniLmEmbedderTest {

    private static MiniLmEmbedder embedder;

    @BeforeAll
    static void load() {
        embedder = new MiniLmEmbedder();
    }

    @AfterAll
    static void close() {
        embedder.close();
    }

    private static final String FLOOD = "Floods in southern Germany have forced thousands of people from their homes "
            + "after days of heavy rain swelled the Danube.";
    private static final String FLOOD_PARAPHRASE = "Thousands of residents in the south of Germany were evacuated as "
            + "the Danube burst its banks following several days of torrential rain.";
    private static final String RATES = "The European Central Bank left interest rates unchanged on Thursday and "
            + "signalled that cuts were unlikely before the summer.";
    private static final String FOOTBALL = "Real Madrid beat Borussia Dortmund 2-0 at Wembley to win the Champions "
            + "League for a record fifteenth time.";

    @Test
    void paraphrasesAreCloserThanUnrelatedTexts() {
        float[][] v = embedder.embed(List.of(FLOOD, FLOOD_PARAPHRASE, RATES, FOOTBALL));
        double paraphrase = TextEmbedder.dot(v[0], v[1]);
        assertTrue(paraphrase > 0.6, "paraphrase cosine " + paraphrase);
        assertTrue(paraphrase > TextEmbedder.dot(v[0], v[2]) + 0.3);
        assertTrue(paraphrase > TextEmbedder.dot(v[0], v[3]) + 0.3);
        assertTrue(paraphrase > TextEmbedder.dot(v[1], v[2]) + 0.3);
    }

    @Test
    void vectorsHaveUnitLength() {
        for (float[] v : embedder.embed(List.of(FLOOD, RATES, "Yes.", "x"))) {
            assertEquals(384, v.length);
            assertEquals(1.0, Math.sqrt(TextEmbedder.dot(v, v)), 1e-5);
        }
    }

    /**
     * The quantised model scales activations by the range of the whole batch, so a batched vector is close to,
     * not equal to, the text's vector alone (see the class comment of MiniLmEmbedder); 1e-5 does not hold.
     */
    @Test
    void batchingGivesNearlyTheSameVectorsAsOneByOne() {
        List<String> texts = List.of(FLOOD, "Short one.", RATES, FOOTBALL, FLOOD_PARAPHRASE,
                "Markets rallied.", FLOOD + " " + RATES + " " + FOOTBALL);
        float[][] batched = embedder.embed(texts);
        for (int i = 0; i < texts.size(); i++) {
            double cosine = TextEmbedder.dot(embedder.embed(texts.get(i)), batched[i]);
            assertTrue(cosine > 0.97, "text " + i + ": cosine " + cosine);
        }
    }

    @Test
    void batchesOfOneGiveExactlyTheVectorsOneByOne() {
        List<String> texts = List.of(FLOOD, "Short one.", RATES, FOOTBALL);
        try (MiniLmEmbedder single = new MiniLmEmbedder(MiniLmEmbedder.DEFAULT_MAX_TOKENS, 1, 1)) {
            float[][] all = single.embed(texts);
            for (int i = 0; i < texts.size(); i++) {
                assertArrayEquals(single.embed(texts.get(i)), all[i], 1e-5f, "text " + i);
            }
        }
    }

    @Test
    void moreTextsThanOneBatchKeepTheirOrder() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < MiniLmEmbedder.DEFAULT_BATCH_SIZE * 2 + 3; i++) {
            texts.add(i % 2 == 0 ? FLOOD : FOOTBALL);
        }
        float[][] v = embedder.embed(texts);
        float[] flood = embedder.embed(FLOOD);
        float[] football = embedder.embed(FOOTBALL);
        for (int i = 0; i < texts.size(); i++) {
            float[] expected = i % 2 == 0 ? flood : football;
            float[] other = i % 2 == 0 ? football : flood;
            assertTrue(TextEmbedder.dot(expected, v[i]) > TextEmbedder.dot(other, v[i]) + 0.3, "text " + i);
        }
    }

    @Test
    void sameInputSameVectors() {
        List<String> texts = List.of(FLOOD, RATES, FOOTBALL, "Short one.");
        float[][] a = embedder.embed(texts);
        float[][] b = embedder.embed(texts);
        for (int i = 0; i < texts.size(); i++) {
            assertArrayEquals(a[i], b[i], 0f);
        }
    }

    @Test
    void blankTextGetsTheZeroVector() {
        float[][] v = embedder.embed(List.of("", "   \n ", FLOOD));
        assertEquals(0.0, TextEmbedder.dot(v[0], v[0]));
        assertEquals(0.0, TextEmbedder.dot(v[1], v[1]));
        assertEquals(1.0, TextEmbedder.dot(v[2], v[2]), 1e-5);
    }

    @Test
    void longTextIsCutAtTheBudget() {
        String longText = (FLOOD + " ").repeat(2000);
        assertEquals(MiniLmEmbedder.DEFAULT_MAX_TOKENS + 2, embedder.tokenIds(longText).length);
        // only the first budget of tokens counts, so whatever follows it changes nothing
        float[] a = embedder.embed(longText);
        float[] b = embedder.embed(longText + " " + FOOTBALL.repeat(50));
        assertArrayEquals(a, b, 0f);
        assertEquals(1.0, TextEmbedder.dot(a, a), 1e-5);
    }

    @Test
    void sameTextSameVector() {
        assertArrayEquals(embedder.embed(RATES), embedder.embed(RATES), 0f);
    }

    @Test
    void budgetIsAConstructorParameter() {
        try (MiniLmEmbedder small = new MiniLmEmbedder(8, 4, 1)) {
            assertEquals(10, small.tokenIds(FLOOD).length);
            assertTrue(small.name().contains("8 tokens"));
            assertEquals(1.0, TextEmbedder.dot(small.embed(FLOOD), small.embed(FLOOD)), 1e-5);
        }
    }
}
