package dev.chorus.summarise;

import dev.chorus.compare.ClaimGroup;
import dev.chorus.model.AnalysedArticle;
import dev.chorus.model.Sentence;
import dev.chorus.model.Story;
import dev.chorus.sentence.Terms;
import dev.chorus.sentence.Tokenizer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;

/**
 * Builds an extractive summary from a story's aligned claims. A claim reported by more outlets is more likely
 * to be the core of the story, and news is written lead first, so candidates are ranked by support, then by how
 * early in its articles the claim comes and how central its words are to the story ({@link #tieBreak}); a
 * candidate that mostly repeats a chosen one is skipped. Chosen sentences are given most-supported first (ties:
 * earlier in the story), except that a sentence opening with a pronoun ("He added ...") never opens the
 * summary; each cites every article that reports it.
 */
public final class Summariser {

    /** Summary length when none is asked for: about what a reader takes in at a glance. */
    public static final int DEFAULT_WORDS = 120;

    private static final double MAX_OVERLAP = 0.45;
    /**
     * Weight of centrality against position among claims of equal support ({@link #tieBreak}); chosen on the first
     * 400 clusters of Multi-News's training split (0, 0.5, 1.5, 3, 6 tried; ROUGE-1 0.421 to 0.424).
     */
    static final double CENTRALITY_WEIGHT = 3;
    private static final int MIN_WORDS = 6;
    private static final Set<String> OPENING_PRONOUNS = Set.of("He", "She", "They", "It", "His", "Her", "Their",
            "This", "These", "Those", "That");
    private static final int MAX_WORDS = 100;

    private final int wordBudget;

    public Summariser() {
        this(DEFAULT_WORDS);
    }

    /** @param wordBudget stop adding sentences once the summary has at least this many words ({@link WordBudget}) */
    public Summariser(int wordBudget) {
        if (wordBudget < 1) {
            throw new IllegalArgumentException("word budget must be positive, was " + wordBudget);
        }
        this.wordBudget = wordBudget;
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
     * The summary of a story whose quotes are known: a chosen sentence opening "He said" or "She added" whose
     * quote has a known speaker names the speaker in brackets, as an editor clarifies a quotation ("[Lavrov]
     * said ..."): out of its article, and after another person's sentence, the pronoun would point at the wrong
     * one.
     *
     * @param articles the story's articles, used when no claim is usable
     * @param claims   the story's claims with the sentences that state them
     * @param quotes   the story's quotes with their speakers
     */
    public List<Story.SummarySentence> summarise(List<AnalysedArticle> articles, List<ClaimGroup> claims,
                                                 List<Story.Quote> quotes) {
        Map<String, Integer> lengths = new HashMap<>();
        articles.forEach(a -> lengths.put(a.id(), Math.max(1, a.sentences().size())));
        List<Candidate> candidates = new ArrayList<>();
        // read less easily, so they come only when the others leave the budget open
        List<Candidate> longOnes = new ArrayList<>();
        // Claims cover every sentence of the story: their terms and articles tell in how many articles each term
        // is used, without reading the articles again.
        Map<String, Set<String>> articlesWithTerm = new HashMap<>();
        for (ClaimGroup group : claims) {
            Story.Claim claim = group.claim();
            Set<String> terms = Set.copyOf(Terms.of(claim.text()));
            for (String t : terms) {
                articlesWithTerm.computeIfAbsent(t, k -> new HashSet<>()).addAll(claim.articles());
            }
            int words = Tokenizer.wordCount(claim.text());
            Candidate c = new Candidate(earliness(group, lengths), claim.text(), claim.articles(), words, terms);
            if (words >= MIN_WORDS && !isQuestionOrFragment(claim.text())) {
                (words <= MAX_WORDS ? candidates : longOnes).add(c);
            }
        }
        if (candidates.isEmpty()) {
            candidates = leadSentences(articles);
        }
        Map<String, Integer> articlesWith = new HashMap<>();
        articlesWithTerm.forEach((t, ids) -> articlesWith.put(t, ids.size()));
        Map<Candidate, Double> rank = tieBreak(candidates, articlesWith, articles.size());

        List<Candidate> chosen = new ArrayList<>();
        List<Set<String>> chosenTerms = new ArrayList<>();
        WordBudget budget = new WordBudget(wordBudget);
        choose(candidates, rank, budget, chosen, chosenTerms);
        if (budget.open() && !longOnes.isEmpty()) {
            choose(longOnes, tieBreak(longOnes, articlesWith, articles.size()), budget, chosen, chosenTerms);
        }
        // most-supported first, as chosen: a reader who stops early has read what most sources agree on
        chosen.sort(Comparator.comparingInt((Candidate c) -> -c.articles().size()).thenComparingInt(Candidate::position));
        // the opening sentence must stand alone: one starting "He added ..." gives way to the first that does not
        for (int i = 0; i < chosen.size(); i++) {
            if (!startsWithPronoun(chosen.get(i).text())) {
                chosen.add(0, chosen.remove(i));
                break;
            }
        }
        return chosen.stream().map(c -> new Story.SummarySentence(namingSpeaker(c.text(), quotes), c.articles()))
                .toList();
    }

    /**
     * Takes {@code candidates} best first ({@code rank} among equal support) while the budget is open, skipping
     * one that mostly repeats a sentence already chosen.
     */
    private static void choose(List<Candidate> candidates, Map<Candidate, Double> rank, WordBudget budget,
                               List<Candidate> chosen, List<Set<String>> chosenTerms) {
        List<Candidate> ranked = new ArrayList<>(candidates);
        ranked.sort(Comparator.comparingInt((Candidate c) -> -c.articles().size())
                .thenComparingDouble(rank::get).thenComparing(Candidate::text));
        for (Candidate candidate : ranked) {
            if (!budget.open()) {
                return;
            }
            Set<String> terms = candidate.terms();
            if (chosenTerms.stream().anyMatch(t -> overlap(t, terms) > MAX_OVERLAP)) {
                continue;
            }
            chosen.add(candidate);
            chosenTerms.add(terms);
            budget.take(candidate.text());
        }
    }

    /** {@code text} with an opening "He"/"She" replaced by the bracketed surname of its quote's speaker, if known. */
    static String namingSpeaker(String text, List<Story.Quote> quotes) {
        java.util.regex.Matcher opening = PERSONAL_PRONOUN.matcher(text);
        if (!opening.lookingAt()) {
            return text;
        }
        String folded = dev.chorus.sentence.Folding.fold(text);
        for (Story.Quote quote : quotes) {
            String said = dev.chorus.sentence.Folding.fold(quote.text()).replaceAll("[\\p{Punct}\\s]+$", "");
            if (quote.speaker() != null && said.length() >= 12 && folded.contains(said)) {
                String[] names = quote.speaker().strip().split("\\s+");
                return "[" + names[names.length - 1] + "]" + text.substring(opening.end(1));
            }
        }
        return text;
    }

    private static final java.util.regex.Pattern PERSONAL_PRONOUN = java.util.regex.Pattern.compile("(He|She)\\s");

    /**
     * Among claims of equal support, lower comes first: how late the claim comes in its articles (0 to 1) less
     * {@link #CENTRALITY_WEIGHT} times its centrality, the mean share of the story's other articles whose claims use each
     * of its content terms. A sentence whose words run through the whole story is more likely its core than an
     * aside that happens to come early.
     */
    private static Map<Candidate, Double> tieBreak(List<Candidate> candidates, Map<String, Integer> articlesWith,
                                                   int articles) {
        int others = articles - 1;
        Map<Candidate, Double> out = new HashMap<>();
        for (Candidate c : candidates) {
            Set<String> terms = c.terms();
            double centrality = 0;
            if (others > 0 && !terms.isEmpty()) {
                for (String t : terms) {
                    centrality += Math.max(0, articlesWith.getOrDefault(t, 1) - 1) / (double) others;
                }
                centrality /= terms.size();
            }
            out.put(c, c.position() / 1000.0 - CENTRALITY_WEIGHT * centrality);
        }
        return out;
    }

    /** Where the claim first comes in its articles, in thousandths of an article (0 = the lead). */
    private static int earliness(ClaimGroup group, Map<String, Integer> lengths) {
        int best = Integer.MAX_VALUE;
        for (Sentence s : group.sentences()) {
            best = Math.min(best, s.index() * 1000 / lengths.getOrDefault(s.articleId(), 1));
        }
        return best;
    }

    /** First sentences of each article in turn, for stories whose claims give nothing to rank. */
    private static List<Candidate> leadSentences(List<AnalysedArticle> articles) {
        List<Candidate> out = new ArrayList<>();
        for (AnalysedArticle article : articles) {
            for (Sentence sentence : article.sentences()) {
                int words = Tokenizer.wordCount(sentence.text());
                if (words >= MIN_WORDS && words <= MAX_WORDS) {
                    out.add(new Candidate(sentence.index() * 1000 / article.sentences().size(), sentence.text(),
                            List.of(article.id()), words));
                }
            }
        }
        return out;
    }

    /** Whether a sentence opens with a pronoun that refers back ("He added", "They said", "It was"). */
    static boolean startsWithPronoun(String text) {
        String first = text.strip().split("[\\s,]+", 2)[0];
        return OPENING_PRONOUNS.contains(first);
    }

    private static boolean isQuestionOrFragment(String text) {
        String t = text.strip();
        return t.endsWith("?") || t.endsWith(":") || !Character.isLetterOrDigit(t.codePointAt(0))
                && "\"“'‘".indexOf(t.charAt(0)) < 0;
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

    private record Candidate(int position, String text, List<String> articles, int words, Set<String> terms) {

        Candidate(int position, String text, List<String> articles, int words) {
            this(position, text, articles, words, Set.copyOf(Terms.of(text)));
        }
    }
}
