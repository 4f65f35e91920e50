package dev.chorus.summarise;

import dev.chorus.compare.ClaimGroup;
import dev.chorus.model.AnalysedArticle;
import dev.chorus.model.Sentence;
import dev.chorus.sentence.Terms;
import dev.chorus.sentence.Tokenizer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The evidence the {@link SummaryModel} weighs, computed from a story's claims: for each candidate sentence how
 * widely and how early it is reported and how central its words are, and for each word of the candidates how
 * much of the story uses it and how often summaries keep it. The summariser ranks with these features and the
 * trainer fits the model on them, so both see exactly the same numbers.
 */
public final class SummaryFeatures {

    /** Names of a candidate's features, in order; each is described where it is computed. */
    public static final List<String> SENTENCE_FEATURES = List.of("supportShare", "multiSource", "logSupport",
            "position", "lead", "logIndex", "centrality", "logWords", "long", "quote", "digit", "pronoun", "said",
            "contentShare", "meanLogFrequency", "sumLogFrequency", "articleCentrality", "logArticleLength",
            "firstArticle", "meanPrior", "priorSum");
    private static final int POSITION = SENTENCE_FEATURES.indexOf("position");
    private static final int CENTRALITY = SENTENCE_FEATURES.indexOf("centrality");
    /** Names of a word's features, in order. */
    public static final List<String> WORD_FEATURES = List.of("bias", "sentenceShare", "logSentences",
            "firstPosition", "maxCentrality", "logCount", "priorLogit", "number", "length", "maxSupportShare");

    /** Shorter sentences are captions, datelines or fragments more often than news. */
    static final int MIN_WORDS = 6;
    /** Longer sentences read less easily; the summariser takes them last. */
    static final int MAX_WORDS = 100;
    private static final Set<String> OPENING_PRONOUNS = Set.of("He", "She", "They", "It", "His", "Her", "Their",
            "This", "These", "Those", "That");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)\\bhttps?://|\\bwww\\.[\\p{L}\\d-]+\\.\\p{L}");

    private SummaryFeatures() {
    }

    /**
     * A claim that may go into the summary.
     *
     * @param text     the claim's text
     * @param articles the articles reporting it, in story order
     * @param position where this wording first comes in its articles, in thousandths of an article (0 = the lead)
     * @param words    its words ({@link SummaryModel#words})
     * @param terms    its content terms ({@link Terms}), for redundancy
     * @param features its {@link #SENTENCE_FEATURES}
     * @param claim    which claim it tells, counted over the story's usable claims: the wordings of one claim
     *                 share this number, and a summary tells each claim once
     */
    public record Candidate(String text, List<String> articles, int position, List<String> words, Set<String> terms,
                            double[] features, int claim) {

        /** Whether it is over {@link #MAX_WORDS} words long. */
        boolean isLong() {
            return words.size() > MAX_WORDS;
        }
    }

    /**
     * A story's candidates and the features of their words.
     *
     * @param candidates the claims fit to be summary sentences, in claim order
     * @param words      the {@link #WORD_FEATURES} of every word of the candidates
     */
    public record Story(List<Candidate> candidates, Map<String, double[]> words) {
    }

    /**
     * The features of the story told by {@code articles} (in story order) with these claims.
     *
     * @param wordings whether every wording of a claim is a candidate, or only the one the claim shows: the
     *                 summariser takes them all, as the wording the aligner shows (the most central) is not
     *                 always the one a summary would share most words with; the model is fitted on the shown
     *                 wordings alone, one candidate per claim, so that a claim many articles word differently
     *                 does not weigh more in the fit
     */
    public static Story of(List<AnalysedArticle> articles, List<ClaimGroup> claims, SummaryModel model,
                           boolean wordings) {
        Map<String, Integer> lengths = new HashMap<>();
        articles.forEach(a -> lengths.put(a.id(), Math.max(1, a.sentences().size())));
        String firstArticle = articles.isEmpty() ? null : articles.getFirst().id();
        // Claims cover every sentence of the story: their terms tell in how many articles and how many
        // sentences each term is used, without reading the articles again.
        Map<String, Set<String>> articlesWithTerm = new HashMap<>();
        Map<String, Integer> sentencesWithTerm = new HashMap<>();
        List<ClaimGroup> usable = new ArrayList<>();
        List<Set<String>> usableTerms = new ArrayList<>();
        for (ClaimGroup group : claims) {
            Set<String> terms = Set.copyOf(Terms.of(group.claim().text()));
            for (String t : terms) {
                articlesWithTerm.computeIfAbsent(t, k -> new HashSet<>()).addAll(group.claim().articles());
                sentencesWithTerm.merge(t, group.sentences().size(), Integer::sum);
            }
            if (isUsable(group.claim().text())) {
                usable.add(group);
                usableTerms.add(terms);
            }
        }
        int n = Math.max(1, articles.size());
        double[] centrality = new double[usable.size()];
        Map<String, double[]> articleCentrality = new HashMap<>();
        for (int i = 0; i < usable.size(); i++) {
            centrality[i] = centrality(usableTerms.get(i), articlesWithTerm, n - 1);
            double[] sum = articleCentrality.computeIfAbsent(usable.get(i).claim().articles().getFirst(),
                    k -> new double[2]);
            sum[0] += centrality[i];
            sum[1]++;
        }
        List<Candidate> candidates = new ArrayList<>(usable.size());
        for (int i = 0; i < usable.size(); i++) {
            ClaimGroup group = usable.get(i);
            List<String> supporting = group.claim().articles();
            double[] ac = articleCentrality.get(supporting.getFirst());
            String shown = group.claim().text();
            Set<String> texts = new LinkedHashSet<>(List.of(shown));
            for (Sentence s : wordings ? group.sentences() : List.<Sentence>of()) {
                if (isUsable(s.text())) {
                    texts.add(s.text());
                }
            }
            for (String text : texts) {
                boolean isShown = text.equals(shown);
                Set<String> terms = isShown ? usableTerms.get(i) : Set.copyOf(Terms.of(text));
                List<Sentence> at = group.sentences().stream().filter(s -> s.text().equals(text)).toList();
                if (at.isEmpty()) {
                    at = group.sentences();
                }
                String article = at.getFirst().articleId();
                double central = isShown ? centrality[i] : centrality(terms, articlesWithTerm, n - 1);
                candidates.add(candidate(text, supporting, article, at, terms, central, ac, n, lengths, firstArticle,
                        sentencesWithTerm, model, i));
            }
        }
        return new Story(candidates, wordFeatures(candidates, n, model));
    }


    private static Candidate candidate(String text, List<String> supporting, String article, List<Sentence> at,
                                       Set<String> terms, double centrality, double[] ac, int n,
                                       Map<String, Integer> lengths, String firstArticle,
                                       Map<String, Integer> sentencesWithTerm, SummaryModel model, int claim) {
        List<String> words = SummaryModel.words(text);
        int position = Integer.MAX_VALUE;
        int index = Integer.MAX_VALUE;
        for (Sentence s : at) {
            position = Math.min(position, s.index() * 1000 / lengths.getOrDefault(s.articleId(), 1));
            index = Math.min(index, s.index());
        }
        double logFrequency = 0;
        for (String t : terms) {
            logFrequency += Math.log(sentencesWithTerm.getOrDefault(t, 1));
        }
        double prior = 0;
        for (String w : words) {
            prior += model.prior(w);
        }
        int wordCount = Math.max(1, words.size());
        double[] f = {
                supporting.size() / (double) n,
                supporting.size() > 1 ? 1 : 0,
                Math.log(supporting.size()),
                position / 1000.0,
                index == 0 ? 1 : 0,
                Math.log1p(index),
                centrality,
                Math.log(wordCount),
                words.size() > MAX_WORDS ? 1 : 0,
                text.indexOf('"') >= 0 || text.indexOf('“') >= 0 || text.indexOf('”') >= 0 ? 1 : 0,
                DIGIT.matcher(text).find() ? 1 : 0,
                startsWithPronoun(text) ? 1 : 0,
                text.contains(" said") || text.contains(" says") || text.contains(" told") ? 1 : 0,
                terms.size() / (double) wordCount,
                terms.isEmpty() ? 0 : logFrequency / terms.size(),
                logFrequency / 10,
                ac[0] / ac[1],
                Math.log(lengths.getOrDefault(article, 1)),
                article.equals(firstArticle) ? 1 : 0,
                prior / wordCount,
                prior / 30,
        };
        return new Candidate(text, supporting, position, words, terms, f, claim);
    }

    /**
     * Per word: the share and log number of candidates using it, where it first comes, the highest centrality
     * and support share of a candidate using it, its log count, its prior's log odds, whether it is a number and
     * its length in tens of letters.
     */
    private static Map<String, double[]> wordFeatures(List<Candidate> candidates, int articles, SummaryModel model) {
        Map<String, double[]> seen = new HashMap<>();
        for (Candidate c : candidates) {
            double position = c.features()[POSITION];
            double centrality = c.features()[CENTRALITY];
            Set<String> once = new HashSet<>();
            for (String w : c.words()) {
                double[] d = seen.computeIfAbsent(w, k -> new double[] {0, 1, 0, 0, 0});
                d[3]++;
                if (once.add(w)) {
                    d[0]++;
                    d[1] = Math.min(d[1], position);
                    d[2] = Math.max(d[2], centrality);
                    d[4] = Math.max(d[4], c.articles().size() / (double) articles);
                }
            }
        }
        Map<String, double[]> out = new HashMap<>();
        int n = candidates.size();
        seen.forEach((w, d) -> {
            double p = model.prior(w);
            out.put(w, new double[] {1, d[0] / n, Math.log(d[0]), d[1], d[2], Math.log(d[3]),
                    Math.log(p / (1 - p)), isNumber(w) ? 1 : 0, w.length() / 10.0, d[4]});
        });
        return out;
    }

    /**
     * The mean share of the story's other articles whose claims use each of the content terms: a sentence whose
     * words run through the whole story is more likely its core than an aside.
     */
    private static double centrality(Set<String> terms, Map<String, Set<String>> articlesWithTerm, int others) {
        if (others <= 0 || terms.isEmpty()) {
            return 0;
        }
        double sum = 0;
        for (String t : terms) {
            Set<String> with = articlesWithTerm.get(t);
            sum += Math.max(0, (with == null ? 1 : with.size()) - 1) / (double) others;
        }
        return sum / terms.size();
    }

    /**
     * Whether a claim may be a summary sentence: not too short, not a question, not a fragment, not cut short
     * ("... after an early morning shooting..." ends a caption or a teaser), and with no web address, which marks
     * a link list or a sign-off ("follow us on Twitter: http://...") rather than news.
     */
    static boolean isUsable(String text) {
        String t = text.strip();
        if (t.isEmpty() || Tokenizer.wordCount(t) < MIN_WORDS || t.endsWith("?") || t.endsWith(":")
                || t.endsWith("...") || t.endsWith("…") || WEB_ADDRESS.matcher(t).find()) {
            return false;
        }
        return Character.isLetterOrDigit(t.codePointAt(0)) || "\"“'‘".indexOf(t.charAt(0)) >= 0;
    }

    /** Whether a sentence opens with a pronoun that refers back ("He added", "They said", "It was"). */
    static boolean startsWithPronoun(String text) {
        String first = text.strip().split("[\\s,]+", 2)[0];
        return OPENING_PRONOUNS.contains(first);
    }

    private static boolean isNumber(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return !word.isEmpty();
    }
}
