package dev.chorus.summarise;

import dev.chorus.compare.ClaimGroup;
import dev.chorus.compare.QuoteExtractor;
import dev.chorus.model.AnalysedArticle;
import dev.chorus.model.Sentence;
import dev.chorus.model.Story;
import dev.chorus.sentence.Tokenizer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Builds an extractive summary from a story's aligned claims, choosing the sentences a human summary would
 * share most with. Each step takes the candidate with the highest gain: the summed chances of its words not yet
 * covered, divided by its length in words to the power {@value #LENGTH_EXPONENT} (so a sentence is not favoured
 * for length alone), plus {@value #SENTENCE_WEIGHT} times its sentence score; both come from the
 * {@link SummaryModel}, which weighs how many outlets report a claim, how early and how central it is. Every
 * wording of a claim is a candidate (the articles behind a claim may word it differently), and a claim is told
 * once, in the wording chosen, citing all its articles. Of candidates that repeat each other, the one reported
 * by the most articles is told, and a candidate that mostly repeats a chosen one is skipped; one over
 * {@value SummaryFeatures#MAX_WORDS} words comes only when the others leave the budget open. Chosen sentences
 * are given most-supported first (ties: earlier in the story), except that a sentence opening with a pronoun
 * ("He added ..."), a connective ("But ...") or a quotation never opens the summary; each cites every article
 * that reports it.
 */
public final class Summariser {

    /** Summary length when none is asked for: about what a reader takes in at a glance. */
    public static final int DEFAULT_WORDS = 120;

    /**
     * Share of a candidate's content terms already in one chosen sentence above which it is a repeat. Covered
     * words already add nothing to a candidate's gain, so this only keeps out near-copies and paraphrases.
     */
    private static final double MAX_OVERLAP = 0.7;
    /**
     * How a candidate's new words are discounted by its length, how much its sentence score adds, and the repeat
     * cut: chosen on Multi-News training clusters 12,001-13,000, which the model was not fitted on (README has
     * the figures).
     */
    static final double LENGTH_EXPONENT = 0.7;
    static final double SENTENCE_WEIGHT = 2;

    private final int wordBudget;
    private final SummaryModel model;

    public Summariser() {
        this(DEFAULT_WORDS);
    }

    /** @param wordBudget stop adding sentences once the summary has at least this many words ({@link WordBudget}) */
    public Summariser(int wordBudget) {
        this(wordBudget, SummaryModel.standard());
    }

    /**
     * @param wordBudget stop adding sentences once the summary has at least this many words ({@link WordBudget})
     * @param model      what makes a sentence summary-worthy
     */
    public Summariser(int wordBudget, SummaryModel model) {
        if (wordBudget < 1) {
            throw new IllegalArgumentException("word budget must be positive, was " + wordBudget);
        }
        this.wordBudget = wordBudget;
        this.model = model;
    }

    /**
     * The summary of a story.
     *
     * @param articles the story's articles, used when no claim is usable
     * @param claims   the story's claims with the sentences that state them
     */
    public List<Story.SummarySentence> summarise(List<AnalysedArticle> articles, List<ClaimGroup> claims) {
        return summarise(articles, claims, List.of());
    }

    /**
     * The summary of a story whose quotes are known: a chosen sentence opening "He said" or "She added", or
     * closing a quotation with "she said", whose quote has a known speaker names the speaker in brackets, as an
     * editor clarifies a quotation ("[Lavrov] said ..."): out of its article, and after another person's
     * sentence, the pronoun would point at the wrong one.
     *
     * @param articles the story's articles in story order, used when no claim is usable
     * @param claims   the story's claims with the sentences that state them
     * @param quotes   the story's quotes with their speakers
     */
    public List<Story.SummarySentence> summarise(List<AnalysedArticle> articles, List<ClaimGroup> claims,
                                                 List<Story.Quote> quotes) {
        return summarise(articles, claims, quotes, text -> true);
    }

    /**
     * The summary of a story whose quotes are known, told only from claims whose text {@code tellable} accepts:
     * the digest keeps out a sentence giving the side of a conflict fewer sources give ("talks in Moscow" where
     * most say Sochi), which the conflicts section shows instead. Untold claims still count as evidence of what
     * the story is about.
     *
     * @param tellable whether a claim of this text may be a summary sentence
     */
    public List<Story.SummarySentence> summarise(List<AnalysedArticle> articles, List<ClaimGroup> claims,
                                                 List<Story.Quote> quotes, Predicate<String> tellable) {
        SummaryFeatures.Story story = SummaryFeatures.of(articles, claims, model, true);
        List<Chosen> chosen = story.candidates().isEmpty() ? leadSentences(articles) : choose(story, tellable);
        // most-supported first: a reader who stops early has read what most sources agree on
        chosen.sort(Comparator.comparingInt((Chosen c) -> -c.articles().size()).thenComparingInt(Chosen::position));
        // the opening sentence must stand alone: one starting "He added ...", "But ..." or with a quotation gives
        // way to the first that does not
        for (int i = 0; i < chosen.size(); i++) {
            if (opensAStory(chosen.get(i).text())) {
                chosen.add(0, chosen.remove(i));
                break;
            }
        }
        return chosen.stream().map(c -> new Story.SummarySentence(namingSpeaker(c.text(), quotes), c.articles()))
                .toList();
    }

    private List<Chosen> choose(SummaryFeatures.Story story, Predicate<String> tellable) {
        Map<String, Double> likely = new HashMap<>();
        story.words().forEach((w, f) -> likely.put(w, model.wordProbability(f)));
        List<Weighed> readable = new ArrayList<>();
        List<Weighed> longOnes = new ArrayList<>();
        for (SummaryFeatures.Candidate c : story.candidates()) {
            if (!tellable.test(c.text())) {
                continue;
            }
            Weighed w = new Weighed(c, Math.pow(Math.max(1, c.words().size()), LENGTH_EXPONENT),
                    SENTENCE_WEIGHT * model.sentenceScore(c.features()));
            (c.isLong() ? longOnes : readable).add(w);
        }
        List<Chosen> chosen = new ArrayList<>();
        Set<String> covered = new HashSet<>();
        List<Set<String>> chosenTerms = new ArrayList<>();
        WordBudget budget = new WordBudget(wordBudget);
        for (List<Weighed> pool : List.of(readable, longOnes)) {
            List<Weighed> left = new ArrayList<>(pool);
            while (budget.open() && !left.isEmpty()) {
                Weighed best = null;
                double bestGain = Double.NEGATIVE_INFINITY;
                for (Weighed w : left) {
                    double gain = w.gain(likely, covered);
                    if (gain > bestGain || gain == bestGain && w.text().compareTo(best.text()) < 0) {
                        best = w;
                        bestGain = gain;
                    }
                }
                best = widestReported(best, left, likely, covered);
                left.remove(best);
                SummaryFeatures.Candidate c = best.candidate();
                if (chosenTerms.stream().anyMatch(t -> overlap(t, c.terms()) > MAX_OVERLAP)) {
                    continue;
                }
                left.removeIf(w -> w.candidate().claim() == c.claim()); // a claim is told once
                chosen.add(new Chosen(c.text(), c.articles(), c.position()));
                chosenTerms.add(c.terms());
                covered.addAll(c.words());
                budget.take(c.text());
            }
        }
        return chosen;
    }

    /**
     * Of {@code best} and the candidates left that repeat it (the same fact in other words), the one reported by
     * the most articles, best gain first among equals: a fact should be told as most sources tell it.
     */
    private static Weighed widestReported(Weighed best, List<Weighed> left, Map<String, Double> likely,
                                          Set<String> covered) {
        Weighed widest = best;
        double widestGain = Double.NEGATIVE_INFINITY;
        int reporting = best.candidate().articles().size();
        for (Weighed w : left) {
            int articles = w.candidate().articles().size();
            if (articles > reporting && overlap(w.candidate().terms(), best.candidate().terms()) > MAX_OVERLAP) {
                double gain = w.gain(likely, covered);
                int widestArticles = widest.candidate().articles().size();
                if (articles > widestArticles || articles == widestArticles && gain > widestGain) {
                    widest = w;
                    widestGain = gain;
                }
            }
        }
        return widest;
    }

    /**
     * A candidate with what does not change while the summary grows: the divisor its length gives new words, and
     * its weighted sentence score.
     */
    private record Weighed(SummaryFeatures.Candidate candidate, double lengthDivisor, double score) {

        String text() {
            return candidate.text();
        }

        /** What it adds: its likely-summary words not yet covered, per length, plus its sentence score. */
        double gain(Map<String, Double> likely, Set<String> covered) {
            double fresh = 0;
            Set<String> counted = new HashSet<>();
            for (String w : candidate.words()) {
                if (!covered.contains(w) && counted.add(w)) {
                    fresh += likely.get(w);
                }
            }
            return fresh / lengthDivisor + score;
        }
    }

    /**
     * {@code text} with an opening "He"/"She" that is the subject of a speech verb ("He said", "She also told"), or
     * a "he"/"she" right after a closing quote mark, replaced by the bracketed surname of its quote's speaker, if
     * known. An opening pronoun doing anything else ("He will take his seat ... 'when ...,' said Schumer") may be
     * someone other than the speaker of a quote the sentence holds.
     */
    static String namingSpeaker(String text, List<Story.Quote> quotes) {
        java.util.regex.Matcher pronoun = PERSONAL_PRONOUN.matcher(text);
        if (!pronoun.lookingAt() || !QuoteExtractor.isSpeechVerb(pronoun.group(2).toLowerCase(java.util.Locale.ROOT))) {
            pronoun = PRONOUN_AFTER_QUOTE.matcher(text);
            if (!pronoun.find()) {
                return text;
            }
        }
        String folded = lettersAndDigits(text);
        for (Story.Quote quote : quotes) {
            String said = lettersAndDigits(quote.text());
            if (quote.speaker() != null && said.length() >= 12 && folded.contains(said)) {
                String[] names = quote.speaker().strip().split("\\s+");
                return text.substring(0, pronoun.start(1)) + "[" + names[names.length - 1] + "]"
                        + text.substring(pronoun.end(1));
            }
        }
        return text;
    }

    /**
     * Folded text with only its letters and digits, so that a quote is found in a sentence whose punctuation or
     * spelling of a compound differs ("co-operation", "cooperation"): the quote shown is one article's wording.
     */
    private static String lettersAndDigits(String text) {
        return NOT_LETTER_OR_DIGIT.matcher(dev.chorus.sentence.Folding.fold(text)).replaceAll("");
    }

    private static final java.util.regex.Pattern NOT_LETTER_OR_DIGIT =
            java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    /**
     * Whether a sentence can open a summary: not one that refers back ("He added ...", "But ..."), nor a quotation,
     * which makes a reader wait for the speaker and says what someone holds rather than what happened.
     */
    static boolean opensAStory(String text) {
        String t = text.strip();
        return !t.isEmpty() && !SummaryFeatures.startsWithPronoun(t) && !leansBack(t)
                && QUOTE_MARKS.indexOf(t.charAt(0)) < 0;
    }

    /** Whether a sentence opens with a word tying it to the one before ("But ...", "Also, ..."). */
    static boolean leansBack(String text) {
        return CONNECTIVE_OPENING.matcher(text.strip()).lookingAt();
    }

    private static final String QUOTE_MARKS = "\"“”'‘’«„";
    private static final java.util.regex.Pattern CONNECTIVE_OPENING = java.util.regex.Pattern.compile(
            "(?:But|And|Also|However|Yet|Still|Instead|Meanwhile|Moreover|Furthermore|Besides|Nevertheless)\\b");
    /** An opening "He"/"She" and the verb it is the subject of, past an adverb ("He also said", "She later told"). */
    private static final java.util.regex.Pattern PERSONAL_PRONOUN =
            java.util.regex.Pattern.compile("(He|She)\\s+(?:(?:also|later|then|further|again|\\p{L}+ly)\\s+)?(\\p{L}+)");
    /** The attribution after a quotation: {@code "... bolt by bolt," she said}. */
    private static final java.util.regex.Pattern PRONOUN_AFTER_QUOTE =
            java.util.regex.Pattern.compile("[,.!?…][\"”’]\\s+(he|she)\\s");

    /** First sentences of each article in turn, for stories whose claims give nothing to rank. */
    private List<Chosen> leadSentences(List<AnalysedArticle> articles) {
        List<Chosen> out = new ArrayList<>();
        for (AnalysedArticle article : articles) {
            for (Sentence sentence : article.sentences()) {
                int words = Tokenizer.wordCount(sentence.text());
                if (words >= SummaryFeatures.MIN_WORDS && words <= SummaryFeatures.MAX_WORDS) {
                    out.add(new Chosen(sentence.text(), List.of(article.id()),
                            sentence.index() * 1000 / article.sentences().size()));
                }
            }
        }
        out.sort(Comparator.comparingInt(Chosen::position).thenComparing(Chosen::text));
        List<Chosen> taken = new ArrayList<>();
        WordBudget budget = new WordBudget(wordBudget);
        for (Chosen c : out) {
            if (!budget.open()) {
                break;
            }
            taken.add(c);
            budget.take(c.text());
        }
        return taken;
    }

    private static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String term : a) {
            if (b.contains(term)) {
                shared++;
            }
        }
        return (double) shared / Math.min(a.size(), b.size());
    }

    private record Chosen(String text, List<String> articles, int position) {
    }
}
