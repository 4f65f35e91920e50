package dev.chorus.sentence;

import dev.chorus.model.AnalysedArticle;
import dev.chorus.model.Article;
import dev.chorus.model.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits article paragraphs into sentences with punctuation rules that know about abbreviations, initials,
 * decimal numbers and closing quotes. Rule-based rather than a trained model so that it behaves the same on
 * every language written in Latin, Cyrillic or Greek script, and so that its mistakes are predictable.
 */
public final class SentenceSplitter {

    /** Words that end in a period without ending a sentence, compared lower-case without the period. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm",
            "maj", "rep", "sen", "gov", "pres", "rev", "hon", "fr", "messrs", "mme", "mlle",
            "cpl", "pvt", "pfc", "spc", "brig", "lieut", "det", "insp", "supt", "atty", "sens", "reps", "msgr",
            "ft", "mt",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "inc", "ltd", "co", "corp", "plc", "dept", "univ", "assn", "bros",
            "no", "nos", "vs", "etc", "approx", "est", "fig", "vol", "p", "pp", "ca", "cf", "al",
            "e.g", "i.e", "u.s", "u.k", "u.n", "e.u", "a.m", "p.m");

    /** Splits every paragraph of {@code article}; sentence indexes run across the whole article. */
    public AnalysedArticle analyse(Article article) {
        List<Sentence> sentences = new ArrayList<>();
        List<String> paragraphs = article.paragraphs();
        for (int p = 0; p < paragraphs.size(); p++) {
            for (String text : split(paragraphs.get(p))) {
                sentences.add(new Sentence(article.id(), sentences.size(), p, text));
            }
        }
        return new AnalysedArticle(article, sentences);
    }

    /** The sentences of one paragraph, trimmed, none empty. */
    public List<String> split(String paragraph) {
        List<String> out = new ArrayList<>();
        String text = paragraph.strip();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?' && c != '…') {
                continue;
            }
            int end = i + 1;
            while (end < n && isTerminalRepeat(text.charAt(end))) {
                end++;
            }
            while (end < n && (isCloser(text.charAt(end)) || frenchSpacedGuillemet(text, end))) {
                end++;
            }
            if (end >= n) {
                break;
            }
            if (!Character.isWhitespace(text.charAt(end))) {
                i = end - 1;
                continue;
            }
            int next = end;
            while (next < n && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            if (next >= n) {
                break;
            }
            if (startsSentence(text, next) && !(c == '.' && isAbbreviation(text, start, i))) {
                addIfNotBlank(out, text.substring(start, end));
                start = next;
            }
            i = next - 1;
        }
        addIfNotBlank(out, text.substring(start));
        return out;
    }

    /** French typography puts a (narrow) space before a closing guillemet: "négocions. »". */
    private static boolean frenchSpacedGuillemet(String text, int at) {
        char c = text.charAt(at);
        boolean space = Character.isWhitespace(c) || c == '\u00a0' || c == '\u202f';
        return space && at + 1 < text.length() && text.charAt(at + 1) == '»';
    }

    private static boolean isTerminalRepeat(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '”' || c == '’' || c == '»' || c == ')' || c == ']' || c == '»';
    }

    private static boolean startsSentence(String text, int at) {
        char c = text.charAt(at);
        if (Character.isUpperCase(c) || Character.isDigit(c) || Character.isTitleCase(c)) {
            return true;
        }
        if (c == '"' || c == '“' || c == '«') {
            return at + 1 < text.length();
        }
        if (c == '\'' || c == '‘' || c == '(' || c == '[' || c == '—') {
            return at + 1 < text.length() && !Character.isLowerCase(text.charAt(at + 1));
        }
        // Scripts without case (Arabic, CJK...) have no capital to look for.
        return Character.isLetter(c) && !Character.isLowerCase(c) && !Character.isUpperCase(c);
    }

    /** True when the period at {@code dot} ends an abbreviation or an initial rather than a sentence. */
    private static boolean isAbbreviation(String text, int from, int dot) {
        int wordStart = dot;
        while (wordStart > from && !Character.isWhitespace(text.charAt(wordStart - 1))
                && text.charAt(wordStart - 1) != '(' && text.charAt(wordStart - 1) != '"') {
            wordStart--;
        }
        String word = text.substring(wordStart, dot).toLowerCase(Locale.ROOT);
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
            return true; // an initial, as in "J. Smith"
        }
        return ABBREVIATIONS.contains(word);
    }

    private static void addIfNotBlank(List<String> out, String sentence) {
        String s = sentence.strip();
        if (!s.isEmpty()) {
            out.add(s);
        }
    }
}
