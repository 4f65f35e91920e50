package dev.chorus.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ROUGE F1 of a candidate summary against one reference (Lin 2004), Chorus's own implementation.
 *
 * <p><b>Tokens</b>: the text is lowercased ({@link Locale#ROOT}) and split into maximal runs of {@code \w}
 * (Unicode letters, digits, marks and the underscore); everything else (punctuation, spaces) only separates
 * tokens. <b>No stemming and no stop-word removal</b>. This is the convention of {@code ../shared/README.md}
 * for the published lead figure on Multi-News validation, so figures compare with it.
 *
 * <ul>
 *   <li><b>ROUGE-N</b> (N = 1, 2): the overlap of the two multisets of n-grams with clipped counts (an n-gram
 *   counts min(times in candidate, times in reference)); precision = overlap / candidate n-grams, recall =
 *   overlap / reference n-grams.</li>
 *   <li><b>ROUGE-L</b>: the longest common subsequence of the two whole token sequences (one sequence per text,
 *   not per sentence); precision = LCS / candidate tokens, recall = LCS / reference tokens.</li>
 * </ul>
 * F1 = 2PR / (P + R), and 0 when either text has no n-gram or nothing overlaps. Stateless.
 */
public final class Rouge {

    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    private Rouge() {
    }

    /** ROUGE-1, ROUGE-2 and ROUGE-L F1 of one candidate against one reference. */
    public record Score(double rouge1, double rouge2, double rougeL) {
    }

    /** The scores of {@code candidate} against {@code reference}. */
    public static Score score(String candidate, String reference) {
        List<String> c = tokens(candidate);
        List<String> r = tokens(reference);
        return new Score(rougeN(c, r, 1), rougeN(c, r, 2), rougeL(c, r));
    }

    /** Lowercase {@code \w+} tokens of {@code text}, in order (see the class description). */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** ROUGE-N F1 with clipped n-gram counts. */
    public static double rougeN(List<String> candidate, List<String> reference, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be positive, was " + n);
        }
        int candidateTotal = Math.max(0, candidate.size() - n + 1);
        int referenceTotal = Math.max(0, reference.size() - n + 1);
        return f1(overlap(candidate, reference, n), candidateTotal, referenceTotal);
    }

    /**
     * ROUGE-N precision: the share of the candidate's n-grams the reference has, counts clipped as for
     * {@link #rougeN}; 0 for a candidate without n-grams.
     */
    public static double precisionN(List<String> candidate, List<String> reference, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be positive, was " + n);
        }
        int candidateTotal = candidate.size() - n + 1;
        return candidateTotal <= 0 ? 0 : (double) overlap(candidate, reference, n) / candidateTotal;
    }

    /** The clipped n-gram overlap: each n-gram counts min(times in candidate, times in reference). */
    private static int overlap(List<String> candidate, List<String> reference, int n) {
        Map<List<String>, Integer> ref = ngrams(reference, n);
        int overlap = 0;
        for (Map.Entry<List<String>, Integer> e : ngrams(candidate, n).entrySet()) {
            overlap += Math.min(e.getValue(), ref.getOrDefault(e.getKey(), 0));
        }
        return overlap;
    }

    /** ROUGE-L F1 from the longest common subsequence of the two token sequences. */
    public static double rougeL(List<String> candidate, List<String> reference) {
        return f1(lcs(candidate, reference), candidate.size(), reference.size());
    }

    /** Length of the longest common subsequence; O(|a| |b|) time, O(|b|) memory. */
    static int lcs(List<String> a, List<String> b) {
        int[] previous = new int[b.size() + 1];
        int[] current = new int[b.size() + 1];
        for (String x : a) {
            for (int j = 1; j <= b.size(); j++) {
                current[j] = x.equals(b.get(j - 1)) ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.size()];
    }

    private static Map<List<String>, Integer> ngrams(List<String> tokens, int n) {
        Map<List<String>, Integer> out = new HashMap<>();
        for (int i = 0; i + n <= tokens.size(); i++) {
            out.merge(List.copyOf(tokens.subList(i, i + n)), 1, Integer::sum);
        }
        return out;
    }

    private static double f1(int overlap, int candidateTotal, int referenceTotal) {
        if (overlap == 0 || candidateTotal == 0 || referenceTotal == 0) {
            return 0;
        }
        double precision = (double) overlap / candidateTotal;
        double recall = (double) overlap / referenceTotal;
        return 2 * precision * recall / (precision + recall);
    }
}
