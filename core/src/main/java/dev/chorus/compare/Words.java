package dev.chorus.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * Word tokens with their offsets in the original text, for stages that must point back into a sentence.
 * A word is a maximal run of letters and digits; everything else separates words.
 */
final class Words {

    /** One word: {@code text.substring(start, end)} as written, and its folded form. */
    record Word(int start, int end, String text, String folded) {
        boolean capitalised() {
            return Character.isUpperCase(text.charAt(0)) || Character.isTitleCase(text.charAt(0));
        }
    }

    private Words() {
    }

    static List<Word> of(String text) {
        String folded = Lexicon.foldKeepingOffsets(text);
        List<Word> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && (Character.isLetterOrDigit(text.charAt(i))
                    || Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK)) {
                i++;
            }
            out.add(new Word(start, i, text.substring(start, i), folded.substring(start, i)));
        }
        return out;
    }
}
