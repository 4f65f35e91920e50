package dev.chorus.summarise;

import dev.chorus.sentence.Tokenizer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the summariser has learnt from human news summaries: how likely a word of the sources is to reach the
 * summary ({@link #wordProbability}), and how much of a sentence a summary would share ({@link #sentenceScore}).
 * Both are linear in the features {@link SummaryFeatures} computes, with weights fitted on Multi-News training
 * clusters by {@code bench/train-summary-model.sh}; together with the word priors they are one resource,
 * {@code summary-model.tsv}. Immutable.
 *
 * <p>A word's <em>prior</em> is the share of training clusters using the word in their sources whose human
 * summary uses it too, smoothed towards {@value #UNSEEN_PRIOR}, the prior of a word not in the table: a
 * summary keeps "killed" and "president" far more often than "click" or "yesterday".
 */
public final class SummaryModel {

    /** Prior of a word the table does not hold: about that of the rarer words it does. */
    static final double UNSEEN_PRIOR = 0.15;
    private static final String RESOURCE = "summary-model.tsv";

    private final double[] sentenceWeights;
    private final double[] wordWeights;
    private final Map<String, int[]> counts;

    /**
     * @param sentenceWeights one per {@link SummaryFeatures#SENTENCE_FEATURES}
     * @param wordWeights     one per {@link SummaryFeatures#WORD_FEATURES}
     * @param counts          per word: in how many training clusters' sources, and of those in how many summaries
     */
    public SummaryModel(double[] sentenceWeights, double[] wordWeights, Map<String, int[]> counts) {
        if (sentenceWeights.length != SummaryFeatures.SENTENCE_FEATURES.size()
                || wordWeights.length != SummaryFeatures.WORD_FEATURES.size()) {
            throw new IllegalArgumentException("expected " + SummaryFeatures.SENTENCE_FEATURES.size()
                    + " sentence and " + SummaryFeatures.WORD_FEATURES.size() + " word weights, got "
                    + sentenceWeights.length + " and " + wordWeights.length);
        }
        this.sentenceWeights = sentenceWeights.clone();
        this.wordWeights = wordWeights.clone();
        this.counts = Map.copyOf(counts);
    }

    /** The model shipped with Chorus. */
    public static SummaryModel standard() {
        return Standard.MODEL;
    }

    private static final class Standard {
        static final SummaryModel MODEL = load();

        private static SummaryModel load() {
            try (InputStream in = SummaryModel.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the classpath");
                }
                return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A model as {@link #write} wrote it; lines starting {@code #} are comments. */
    public static SummaryModel read(BufferedReader in) throws IOException {
        double[] sentence = null;
        double[] word = null;
        Map<String, int[]> counts = new HashMap<>();
        String line;
        int number = 0;
        while ((line = in.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            try {
                switch (fields[0]) {
                    case "sentence" -> sentence = weights(fields);
                    case "word" -> word = weights(fields);
                    case "prior" -> counts.put(fields[1], new int[] {Integer.parseInt(fields[2]),
                            Integer.parseInt(fields[3])});
                    default -> throw new IOException("line " + number + ": unknown row " + fields[0]);
                }
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new IOException("line " + number + ": malformed " + fields[0] + " row", e);
            }
        }
        if (sentence == null || word == null) {
            throw new IOException("no " + (sentence == null ? "sentence" : "word") + " weights");
        }
        return new SummaryModel(sentence, word, counts);
    }

    private static double[] weights(String[] fields) {
        double[] out = new double[fields.length - 1];
        for (int i = 1; i < fields.length; i++) {
            out[i - 1] = Double.parseDouble(fields[i]);
        }
        return out;
    }

    /** Writes the model in the form {@link #read} reads, with {@code comment} lines first. */
    public void write(Writer out, List<String> comment) throws IOException {
        for (String c : comment) {
            out.write("# " + c + "\n");
        }
        out.write("# sentence weights: " + String.join(" ", SummaryFeatures.SENTENCE_FEATURES) + "\n");
        out.write("sentence" + joined(sentenceWeights) + "\n");
        out.write("# word weights: " + String.join(" ", SummaryFeatures.WORD_FEATURES) + "\n");
        out.write("word" + joined(wordWeights) + "\n");
        out.write("# prior, word, training clusters whose sources use it, of those whose summary uses it too\n");
        for (Map.Entry<String, int[]> e : new TreeMap<>(counts).entrySet()) {
            out.write("prior\t" + e.getKey() + "\t" + e.getValue()[0] + "\t" + e.getValue()[1] + "\n");
        }
    }

    private static String joined(double[] weights) {
        StringBuilder sb = new StringBuilder();
        for (double w : weights) {
            sb.append('\t').append(String.format(Locale.ROOT, "%.6g", w));
        }
        return sb.toString();
    }

    /** The prior of {@code word}, a lower-cased token of {@link #words}. */
    public double prior(String word) {
        int[] c = counts.get(word);
        return c == null ? UNSEEN_PRIOR : smoothed(c[0], c[1]);
    }

    /** How much of a sentence with these {@link SummaryFeatures#SENTENCE_FEATURES} a human summary would share. */
    public double sentenceScore(double[] features) {
        return dot(sentenceWeights, features);
    }

    /** The chance that a word with these {@link SummaryFeatures#WORD_FEATURES} is in the summary. */
    public double wordProbability(double[] features) {
        return 1 / (1 + Math.exp(-dot(wordWeights, features)));
    }

    private static double dot(double[] w, double[] x) {
        double s = 0;
        for (int i = 0; i < w.length; i++) {
            s += w[i] * x[i];
        }
        return s;
    }

    /** The smoothed share the priors are: a word seen in few clusters stays near {@link #UNSEEN_PRIOR}. */
    static double smoothed(int sources, int summaries) {
        return (summaries + 2 * UNSEEN_PRIOR) / (sources + 2);
    }

    /**
     * The lower-cased words of {@code text} as the model counts them: maximal runs of letters and digits, as
     * {@link WordBudget} counts words.
     */
    public static List<String> words(String text) {
        return Tokenizer.lowerCaseWords(text);
    }
}
