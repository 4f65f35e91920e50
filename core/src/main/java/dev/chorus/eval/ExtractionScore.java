package dev.chorus.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shingle-overlap score of one predicted article body against the true one, as defined by the
 * Scrapinghub article-extraction benchmark.
 *
 * <p>Tokens are the matches of {@code \w+} (Unicode); shingles are runs of four consecutive tokens
 * (a text with one to three tokens has a single shingle made of all of them). {@code tp}, {@code fp}
 * and {@code fn} are the multiset overlap, excess and shortfall of predicted shingles against true
 * ones, divided by their sum so the three add up to 1. When both texts have no shingle the
 * score is {@code tp = 1}. {@link #exact} tells whether the two token lists are identical.
 *
 * @param tp    share of shingles found in both texts
 * @param fp    share of shingles only in the prediction
 * @param fn    share of shingles only in the truth
 * @param exact whether the token lists are equal
 */
public record ExtractionScore(double tp, double fp, double fn, boolean exact) {

    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int SHINGLE = 4;

    /** Scores {@code predicted} against {@code truth}; null counts as empty. */
    public static ExtractionScore of(String truth, String predicted) {
        List<String> trueTokens = tokens(truth);
        List<String> predTokens = tokens(predicted);
        Map<List<String>, Integer> trueShingles = shingles(trueTokens);
        Map<List<String>, Integer> predShingles = shingles(predTokens);
        boolean exact = trueTokens.equals(predTokens);
        if (trueShingles.isEmpty() && predShingles.isEmpty()) {
            return new ExtractionScore(1, 0, 0, exact);
        }
        long tp = 0;
        long fp = 0;
        for (Map.Entry<List<String>, Integer> e : predShingles.entrySet()) {
            int common = Math.min(e.getValue(), trueShingles.getOrDefault(e.getKey(), 0));
            tp += common;
            fp += e.getValue() - common;
        }
        long trueTotal = trueShingles.values().stream().mapToLong(Integer::longValue).sum();
        long fn = trueTotal - tp;
        double sum = tp + fp + fn;
        return new ExtractionScore(tp / sum, fp / sum, fn / sum, exact);
    }

    /** Whether the prediction had any shingle; pages without one are left out of the mean precision. */
    public boolean hasPrediction() {
        return tp + fp > 0;
    }

    /** Whether the truth had any shingle; pages without one are left out of the mean recall. */
    public boolean hasTruth() {
        return tp + fn > 0;
    }

    /** tp / (tp + fp), or NaN when nothing was predicted. */
    public double precision() {
        return hasPrediction() ? tp / (tp + fp) : Double.NaN;
    }

    /** tp / (tp + fn), or NaN when the truth is empty. */
    public double recall() {
        return hasTruth() ? tp / (tp + fn) : Double.NaN;
    }

    /** Harmonic mean of this page's precision and recall, 0 when either is missing or zero. */
    public double f1() {
        double p = precision();
        double r = recall();
        if (Double.isNaN(p) || Double.isNaN(r) || p + r == 0) {
            return 0;
        }
        return 2 * p * r / (p + r);
    }

    /** The {@code \w+} tokens of a text, in order. */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static Map<List<String>, Integer> shingles(List<String> tokens) {
        Map<List<String>, Integer> out = new HashMap<>();
        if (tokens.isEmpty()) {
            return out;
        }
        if (tokens.size() < SHINGLE) {
            out.put(List.copyOf(tokens), 1);
            return out;
        }
        for (int i = 0; i + SHINGLE <= tokens.size(); i++) {
            out.merge(List.copyOf(tokens.subList(i, i + SHINGLE)), 1, Integer::sum);
        }
        return out;
    }
}
