package dev.chorus.sentence;

import opennlp.tools.stemmer.snowball.SnowballStemmer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Content terms of a text: folded tokens without stop words, stemmed, so that "sanctions", "sanctioned"
 * and "Sanction" meet. {@link #of(String)} reads English (Snowball's English stemmer and the short list in
 * {@link #STOP_WORDS}); {@link #of(String, String)} reads the text's own language where Chorus has rules for
 * it ({@link LanguageTerms}: stop words and a Snowball stemmer for German, French, Spanish, Russian, Turkish,
 * Arabic and a dozen more), and only folds the words of other languages.
 */
public final class Terms {

    /** Function words that say nothing about what a sentence is about. */
    static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "if", "then", "than", "that", "this",
            "these", "those", "there", "here", "of", "in", "on", "at", "to", "from", "by", "for", "with",
            "without", "about", "into", "onto", "over", "under", "after", "before", "between", "through",
            "during", "against", "among", "as", "is", "are", "was", "were", "be", "been", "being", "am",
            "has", "have", "had", "having", "do", "does", "did", "will", "would", "shall", "should", "can",
            "could", "may", "might", "must", "it", "its", "he", "she", "they", "them", "his", "her", "hers",
            "their", "theirs", "we", "us", "our", "ours", "you", "your", "i", "me", "my", "mine", "who",
            "whom", "whose", "which", "what", "when", "where", "why", "how", "all", "any", "both", "each",
            "few", "more", "most", "other", "some", "such", "no", "not", "only", "own", "same", "too",
            "very", "just", "also", "said", "says", "say", "told", "mr", "mrs", "ms", "while", "up", "out",
            "off", "again", "further", "once", "because", "until", "since", "per", "via", "s", "t",
            // a few of the commonest in German, French and Spanish, so mixed corpora don't cluster on them
            "der", "die", "das", "und", "ist", "nicht", "mit", "den", "von", "zu", "le", "la", "les", "et",
            "des", "un", "une", "est", "du", "el", "los", "las", "y", "en", "que", "por", "con", "para");

    private static final ThreadLocal<SnowballStemmer> STEMMER =
            ThreadLocal.withInitial(() -> new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH));

    /**
     * Stems already computed on this thread. Word frequencies are Zipfian, so a small memo answers most
     * look-ups; stemming was the largest cost of clustering and comparing. Cleared when full, which bounds it.
     */
    private static final ThreadLocal<Map<String, String>> STEMS = ThreadLocal.withInitial(HashMap::new);
    private static final int MAX_MEMO = 100_000;

    private Terms() {
    }

    /** Stemmed content terms of {@code text}, in order, repeats kept. */
    public static List<String> of(String text) {
        List<String> tokens = Tokenizer.tokens(text);
        List<String> out = new ArrayList<>(tokens.size());
        for (String token : tokens) {
            if (STOP_WORDS.contains(token) || (token.length() < 2 && !Character.isDigit(token.charAt(0)))) {
                continue;
            }
            out.add(Character.isDigit(token.charAt(0)) ? token : stem(token));
        }
        return out;
    }

    /**
     * Stemmed content terms of {@code text} written in {@code language} (ISO 639-1), in order, repeats kept.
     * English, and text of unknown language (null), as {@link #of(String)}.
     */
    public static List<String> of(String text, String language) {
        if (language == null || language.equalsIgnoreCase("en")) {
            return of(text);
        }
        LanguageTerms rules = LanguageTerms.forLanguage(language);
        if (rules == null) {
            rules = LanguageTerms.foldingOnly();
        }
        List<String> tokens = Tokenizer.lowerCaseTokens(text);
        List<String> out = new ArrayList<>(tokens.size());
        for (String token : tokens) {
            if (Character.isDigit(token.charAt(0))) {
                out.add(token);
                continue;
            }
            String folded = Folding.fold(token);
            if (folded.isEmpty() || rules.isStopWord(folded) || STOP_WORDS.contains(folded)
                    || (folded.length() < 2 && !Tokenizer.isIdeographic(folded.charAt(0)))) {
                continue;
            }
            out.add(rules.stems() ? rules.stem(token) : folded);
        }
        return out;
    }

    /** The Snowball English stem of a folded token. */
    static String stem(String token) {
        Map<String, String> memo = STEMS.get();
        String stem = memo.get(token);
        if (stem == null) {
            stem = STEMMER.get().stem(token).toString();
            if (memo.size() >= MAX_MEMO) {
                memo.clear();
            }
            memo.put(token, stem);
        }
        return stem;
    }

    /** Whether {@code token} (already folded) is a stop word. */
    public static boolean isStopWord(String token) {
        return STOP_WORDS.contains(token);
    }
}
