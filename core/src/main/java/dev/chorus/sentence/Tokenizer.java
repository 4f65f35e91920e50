package dev.chorus.sentence;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into folded word tokens. Numbers keep their decimal point and lose thousands separators
 * ("6,000" and "6000" give the same token "6000"; "2.5" stays "2.5"), so figures compare by value.
 *
 * <p>Chinese and Japanese are written without spaces, so a run of Han, Hiragana or Katakana characters is
 * not one word but a sentence or a clause: such a run gives its overlapping character pairs ("美国制裁" gives
 * "美国", "国制", "制裁"), as Lucene's CJK bigram filter does, and a lone character stands for itself. Most
 * Chinese words are two characters long, so the pairs that are words match across texts and the others are
 * rare enough to weigh little.
 */
public final class Tokenizer {

    private Tokenizer() {
    }

    /** Folded word and number tokens of {@code text}, in order. */
    public static List<String> tokens(String text) {
        return split(Folding.fold(text));
    }

    /**
     * Tokens of {@code text} lower-cased but not folded, so that a stemmer sees the letters of its own language
     * ("yılında", "études"); folding each token afterwards gives the token {@link #tokens} gives.
     */
    public static List<String> lowerCaseTokens(String text) {
        String lower = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder apostrophes = null;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == '’' || c == '‘' || c == '`' || c == '´') {
                if (apostrophes == null) {
                    apostrophes = new StringBuilder(lower);
                }
                apostrophes.setCharAt(i, '\'');
            }
        }
        return split(apostrophes == null ? lower : apostrophes.toString());
    }

    private static List<String> split(String folded) {
        List<String> out = new ArrayList<>();
        int n = folded.length();
        int i = 0;
        while (i < n) {
            char c = folded.charAt(i);
            if (Character.isDigit(c)) {
                i = readNumber(folded, i, out);
            } else if (isIdeographic(c)) {
                i = readIdeographs(folded, i, out);
            } else if (Character.isLetter(c)) {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(folded.charAt(i)) && !isIdeographic(folded.charAt(i))
                        || (folded.charAt(i) == '\'' && i + 1 < n && Character.isLetter(folded.charAt(i + 1))
                        && !isPossessive(folded, i)))) {
                    i++;
                }
                out.add(folded.substring(start, i));
                if (isPossessive(folded, i)) {
                    i += 2;
                }
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * The words {@link #wordCount} counts, lower-cased ({@link Locale#ROOT}) and in order, neither folded nor
     * split at apostrophes: for comparisons where a word is what a reader sees ("turkey", "s", "400" in
     * "Turkey's S-400").
     */
    public static List<String> lowerCaseWords(String text) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                out.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
        return out;
    }

    /** Number of words in {@code text}: maximal runs of letters and digits. */
    public static int wordCount(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                count++;
            }
            inWord = letter;
        }
        return count;
    }

    /** Han, Hiragana or Katakana: the scripts written without spaces between words. */
    static boolean isIdeographic(char c) {
        if (c < 0x2E80) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    /** Adds the character pairs of the ideographic run at {@code i} (a lone character alone) and skips it. */
    private static int readIdeographs(String s, int i, List<String> out) {
        int start = i;
        while (i < s.length() && isIdeographic(s.charAt(i))) {
            i++;
        }
        if (i - start == 1) {
            out.add(s.substring(start, i));
        }
        for (int k = start; k + 1 < i; k++) {
            out.add(s.substring(k, k + 2));
        }
        return i;
    }

    private static boolean isPossessive(String s, int i) {
        return i + 1 < s.length() && s.charAt(i) == '\'' && s.charAt(i + 1) == 's'
                && (i + 2 == s.length() || !Character.isLetterOrDigit(s.charAt(i + 2)));
    }

    private static int readNumber(String s, int i, List<String> out) {
        StringBuilder num = new StringBuilder();
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isDigit(c)) {
                num.append(c);
                i++;
            } else if ((c == ',' || c == '.') && i + 1 < n && Character.isDigit(s.charAt(i + 1))) {
                boolean thousands = c == ',' && countDigits(s, i + 1) == 3;
                if (!thousands) {
                    num.append('.');
                }
                i++;
            } else {
                break;
            }
        }
        out.add(num.toString());
        return i;
    }

    private static int countDigits(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
            i++;
        }
        return i - from;
    }
}
