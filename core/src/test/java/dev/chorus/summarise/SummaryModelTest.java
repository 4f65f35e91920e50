package dev.chorus.summarise;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SummaryModelTest {

    private static final int SENTENCE = SummaryFeatures.SENTENCE_FEATURES.size();
    private static final int WORD = SummaryFeatures.WORD_FEATURES.size();

    @Test
    void priorsAreSmoothedTowardsTheUnseenPrior() {
        SummaryModel model = new SummaryModel(new double[SENTENCE], new double[WORD],
                Map.of("killed", new int[] {400, 300}, "click", new int[] {400, 4}, "rare", new int[] {1, 1}));
        assertEquals((300 + 0.3) / 402, model.prior("killed"), 1e-12);
        assertEquals((4 + 0.3) / 402, model.prior("click"), 1e-12);
        assertEquals((1 + 0.3) / 3, model.prior("rare"), 1e-12, "one cluster in one: far from certain");
        assertEquals(SummaryModel.UNSEEN_PRIOR, model.prior("zyzzyva"));
    }

    @Test
    void sentenceScoreIsLinearAndWordProbabilityLogistic() {
        double[] sentenceWeights = new double[SENTENCE];
        sentenceWeights[0] = 2;
        sentenceWeights[3] = -1;
        double[] wordWeights = new double[WORD];
        wordWeights[0] = Math.log(3);
        SummaryModel model = new SummaryModel(sentenceWeights, wordWeights, Map.of());
        double[] sentence = new double[SENTENCE];
        sentence[0] = 0.5;
        sentence[3] = 0.25;
        assertEquals(0.75, model.sentenceScore(sentence), 1e-12);
        double[] word = new double[WORD];
        word[0] = 1;
        assertEquals(0.75, model.wordProbability(word), 1e-12, "log odds ln 3 is 3 to 1");
    }

    @Test
    void writtenModelReadsBackTheSame() throws IOException {
        double[] sentenceWeights = new double[SENTENCE];
        sentenceWeights[6] = 0.0992749;
        double[] wordWeights = new double[WORD];
        wordWeights[1] = 2.62762;
        SummaryModel model = new SummaryModel(sentenceWeights, wordWeights, Map.of("said", new int[] {900, 700}));
        StringWriter out = new StringWriter();
        model.write(out, List.of("a test model"));
        assertTrue(out.toString().startsWith("# a test model\n"));
        SummaryModel read = SummaryModel.read(new BufferedReader(new StringReader(out.toString())));
        assertEquals(model.prior("said"), read.prior("said"));
        double[] f = new double[WORD];
        f[1] = 1;
        assertEquals(model.wordProbability(f), read.wordProbability(f), 1e-9);
    }

    @Test
    void aMalformedModelIsRejectedWithItsLine() {
        String text = "sentence\t" + "0\t".repeat(SENTENCE - 1) + "0\nword\t1\nprior\tsaid\tmany\t3\n";
        IOException e = assertThrows(IOException.class, () -> SummaryModel.read(new BufferedReader(new StringReader(text))));
        assertEquals("line 3: malformed prior row", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SummaryModel.read(new BufferedReader(
                new StringReader("sentence\t1\nword\t1\n"))), "weights must match the features");
    }

    @Test
    void theShippedModelKnowsWhatSummariesKeep() {
        SummaryModel model = SummaryModel.standard();
        assertTrue(model.prior("killed") > 2 * model.prior("click"),
                "news summaries keep the event and drop the page furniture");
        assertTrue(model.prior("the") > 0.9);
    }
}
