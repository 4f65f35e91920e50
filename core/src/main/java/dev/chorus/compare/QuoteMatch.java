package dev.chorus.compare;

import dev.chorus.sentence.Terms;
import dev.chorus.sentence.Tokenizer;

import java.util.List;
import java.util.Set;

/**
 * Whether two quotes from different articles are the same words of the same speaker, reported with different
 * punctuation, cut to a fragment, or translated; and whether a translation changed what was said.
 *
 * <p>Two quotes match when one is contained in the other word for word; or {@link #TERM_CONTAINMENT} of the
 * shorter one's content stems are in the longer one; or, for quotes of {@value #MIN_WORDS_SET} words or more,
 * {@link #WORD_CONTAINMENT} of the shorter one's folded words (function words included, so that word order
 * matters less than in a translation but phrasing still counts) and {@link #WEAK_TERM_CONTAINMENT} of its
 * content stems are in the longer one. Stems meet when equal or when one of five letters or more begins the
 * other ("illeg" and "illegitim", "cooper" and "cooperation"), as a translation picks another form of a word.
 * Stateless.
 */
final class QuoteMatch {

    /** Share of the shorter quote's content stems that must occur in the longer one. */
    static final double TERM_CONTAINMENT = 0.75;
    /** Share of the shorter quote's folded words that must occur in the longer one (with the next threshold). */
    static final double WORD_CONTAINMENT = 0.7;
    /** Share of content stems needed alongside {@link #WORD_CONTAINMENT}. */
    static final double WEAK_TERM_CONTAINMENT = 0.5;
    /** Quotes with fewer words in the shorter one are only matched on content stems. */
    static final int MIN_WORDS_SET = 8;
    /** Fuzzy matching needs at least this many content stems in the shorter quote. */
    static final int MIN_TERMS_FUZZY = 4;

    /** Words reversing what a clause says. */
    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "nothing", "none", "nor",
            "without", "t", "cannot", "neither");
    /** Prepositions naming where an act comes from: "pressure from Washington", "pressure by Washington". */
    private static final Set<String> SOURCE = Set.of("from", "by");
    /** Prepositions naming what an act is aimed at: "pressure on Washington", "sanctions against Ankara". */
    private static final Set<String> TARGET = Set.of("on", "to", "against", "upon", "onto", "toward", "towards", "at");
    /** Prepositions of taking a side: "with Moscow", "for the deal" (against: "against"). */
    private static final Set<String> SIDE = Set.of("with", "for");
    private static final Set<String> DIRECTIONS = Set.of("from", "by", "on", "to", "against", "upon", "onto",
            "toward", "towards", "at", "with", "for");

    /** One quote's forms: folded words in order (hyphens inside words dropped, brackets out) and content stems. */
    record Form(String key, List<String> words, Set<String> wordSet, Set<String> terms) {

        static Form of(String quote) {
            String norm = quote.replaceAll("(?<=\\p{L})-(?=\\p{L})", "").replaceAll("\\[[^]]*]", " ");
            List<String> words = Tokenizer.tokens(norm);
            return new Form(String.join(" ", words), words, Set.copyOf(words), Set.copyOf(Terms.of(norm)));
        }
    }

    private QuoteMatch() {
    }

    /** Whether {@code x} and {@code y} are the same quote. */
    static boolean same(Form x, Form y) {
        String a = " " + x.key() + " ";
        String b = " " + y.key() + " ";
        if (a.contains(b) || b.contains(a)) {
            return true;
        }
        Form small = x.terms().size() <= y.terms().size() ? x : y;
        Form large = small == x ? y : x;
        if (small.terms().size() < MIN_TERMS_FUZZY || exactHits(small.terms(), large.terms()) < 2) {
            return false; // most pairs of quotes share next to nothing: no need to look further
        }
        double terms = termContainment(small.terms(), large.terms());
        if (terms >= TERM_CONTAINMENT) {
            return true;
        }
        Form shorter = x.words().size() <= y.words().size() ? x : y;
        Form longer = shorter == x ? y : x;
        if (shorter.words().size() < MIN_WORDS_SET || terms < WEAK_TERM_CONTAINMENT) {
            return false;
        }
        long hit = shorter.words().stream().filter(longer.wordSet()::contains).count();
        return hit >= WORD_CONTAINMENT * shorter.words().size();
    }

    private static int exactHits(Set<String> small, Set<String> large) {
        int hit = 0;
        for (String t : small) {
            if (large.contains(t)) {
                hit++;
            }
        }
        return hit;
    }

    /** Share of {@code small}'s stems found in {@code large}, a stem meeting a longer or shorter form of itself. */
    static double termContainment(Set<String> small, Set<String> large) {
        if (small.isEmpty()) {
            return 0;
        }
        int hit = 0;
        for (String t : small) {
            if (large.contains(t) || large.stream().anyMatch(u -> prefixOfEachOther(t, u))) {
                hit++;
            }
        }
        return (double) hit / small.size();
    }

    private static boolean prefixOfEachOther(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return shorter.length() >= 5 && !Character.isDigit(shorter.charAt(0)) && longer.startsWith(shorter);
    }

    /**
     * Where two wordings of one quote say different things: the word both give is preceded by prepositions of
     * opposite direction ("pressure from Washington" against "pressure on Washington"), or is negated in one
     * and not in the other ("will not back down" against "will back down").
     *
     * @param word     the folded word both wordings give
     * @param negation whether they differ in negating it, rather than in the preposition before it
     */
    record Change(String word, boolean negation) {

        /** How {@code f} reads at this word: the preposition before it, "not"/"" for negation; null without it. */
        String reading(Form f) {
            int i = f.words().indexOf(word);
            if (i < 0 || f.words().lastIndexOf(word) != i) {
                return null;
            }
            if (negation) {
                return i > 0 && negated(f.words(), i) ? "not" : "";
            }
            String before = i > 0 ? f.words().get(i - 1) : "";
            return DIRECTIONS.contains(before) ? before : null;
        }
    }

    /**
     * The first change in meaning between two wordings of one quote, or null. Only words of five letters or
     * more that both give once are looked at, so that a translation's other choice of words is no change.
     */
    static Change change(Form x, Form y) {
        for (int i = 1; i < x.words().size(); i++) {
            String w = x.words().get(i);
            if (w.length() < 5 || Character.isDigit(w.charAt(0))) {
                continue;
            }
            int j = y.words().indexOf(w);
            if (j < 1 || x.words().lastIndexOf(w) != i || y.words().lastIndexOf(w) != j) {
                continue; // a word said twice cannot be lined up
            }
            String px = x.words().get(i - 1);
            String py = y.words().get(j - 1);
            if (opposite(px, py) || opposite(py, px)) {
                return new Change(w, false);
            }
            if (negated(x.words(), i) != negated(y.words(), j)) {
                return new Change(w, true);
            }
        }
        return null;
    }

    /**
     * Whether prepositions {@code a} and {@code b} turn an act around: source against target ("from" / "on"), or
     * for against against ("with" / "against"). Two ways of saying the same direction ("on" / "to", "with" /
     * "for") are a translator's choice, not a change.
     */
    private static boolean opposite(String a, String b) {
        return SOURCE.contains(a) && TARGET.contains(b) || SIDE.contains(a) && b.equals("against");
    }

    /** Whether one of the three words before {@code i} negates it. */
    private static boolean negated(List<String> words, int i) {
        for (int k = Math.max(0, i - 3); k < i; k++) {
            if (NEGATIONS.contains(words.get(k))) {
                return true;
            }
        }
        return false;
    }
}
