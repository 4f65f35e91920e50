package dev.chorus.extract;

import dev.chorus.sentence.Tokenizer;

import java.util.List;
import java.util.Set;

/** Small text measures shared by the extraction classes; all linear, no regular expressions. */
final class Text {

    private Text() {
    }

    /** Lower-cased runs of letters and digits. */
    static List<String> words(String s) {
        return Tokenizer.lowerCaseWords(s);
    }

    /** Share of {@code s}'s words that occur in {@code vocabulary}; 0 for a text without words. */
    static double coverage(String s, Set<String> vocabulary) {
        List<String> w = words(s);
        if (w.isEmpty()) {
            return 0;
        }
        int hit = 0;
        for (String word : w) {
            if (vocabulary.contains(word)) {
                hit++;
            }
        }
        return (double) hit / w.size();
    }

    /** Commas of several scripts, a cheap sign of running prose. */
    static int commas(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '\u060C' || c == '\uFF0C' || c == '\u3001') {
                n++;
            }
        }
        return n;
    }
}
