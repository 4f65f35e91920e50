package dev.chorus.sentence;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into folded word tokens. Numbers keep their decimal point and lose thousands separators
 * ("6,000" and "6000" give the same token "6000"; "2.5" stays "2.5"), so figures compare by value.
 */
public final class Tokenizer {

    private Tokenizer() {
    }

    /** Folded word and number tokens of {@code text}, in order. */
    public static List<String> tokens(String text) {
        String folded = Folding.fold(text);
        List<String> out = new ArrayList<>();
        int n = folded.length();
        int i = 0;
        while (i < n) {
            char c = folded.charAt(i);
            if (Character.isDigit(c)) {
                i = readNumber(folded, i, out);
            } else if (Character.isLetter(c)) {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(folded.charAt(i))
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
