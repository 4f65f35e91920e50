package dev.chorus.compare;

import dev.chorus.model.AnalysedArticle;
import dev.chorus.model.Sentence;
import dev.chorus.model.Story;
import dev.chorus.sentence.Terms;
import dev.chorus.sentence.Tokenizer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups sentences of different articles that state the same fact into claims.
 *
 * <p>Each sentence that is not junk nor a repeat of an earlier sentence of its article (fragments under {@value Junk#MIN_TOKENS} words, headings without closing
 * punctuation, shouted credit lines) becomes a TF-IDF vector over its stemmed content terms, numbers and names
 * included; two sentences giving the same figure written in digits (a count, sum or percentage, whatever its
 * wording: "$1.5bn" and "$1.5 billion") get {@link #FIGURE_BONUS} on top. Pairs from different articles scoring
 * at least {@link #DEFAULT_THRESHOLD} are linked, strongest first; two groups join only when they share no article (so one article never supports a
 * claim twice) and their average pairwise score stays at least {@link #LINK_AVERAGE} of the threshold.
 *
 * <p>Every sentence left alone is a unique claim. Claims are ordered by number of supporting articles, then by
 * first appearance (article input order, then sentence order), and numbered "c1", "c2"... in that order. The
 * text of a claim is its most central sentence (highest summed score to the others; ties to the longer,
 * then the earlier one). Stateless and thread-safe.
 */
public final class ClaimAligner {

    /** Cosine similarity at or above which two sentences state the same fact. */
    public static final double DEFAULT_THRESHOLD = 0.4;
    /** Added to the similarity of two sentences that give the same figure ("120 people", "$1.5bn"). */
    public static final double FIGURE_BONUS = 0.15;
    /** A group's average pairwise similarity must stay at least this share of the threshold. */
    static final double LINK_AVERAGE = 0.8;

    private final double threshold;

    public ClaimAligner() {
        this(DEFAULT_THRESHOLD);
    }

    /** An aligner linking sentences at cosine similarity {@code threshold} or more (0..1). */
    public ClaimAligner(double threshold) {
        this.threshold = threshold;
    }

    /** Link score of two sentences: their cosine similarity, plus {@link #FIGURE_BONUS} if they share a figure. */
    private static double score(double similarity, Set<String> a, Set<String> b) {
        for (String f : a) {
            if (b.contains(f)) {
                return similarity + FIGURE_BONUS;
            }
        }
        return similarity;
    }

    /** Figures written with digits (counts, money, percentages; not years or dates), by kind and value. */
    static Set<String> figures(String sentence) {
        Set<String> out = new HashSet<>();
        for (ConflictFinder.Value v : ConflictFinder.extractValues(sentence)) {
            boolean digits = v.surface().chars().anyMatch(Character::isDigit);
            if (digits && (v.kind().equals("count") || v.kind().equals("money") || v.kind().equals("percent"))) {
                out.add(v.kind() + ":" + v.number());
            }
        }
        return out;
    }

    /** The claims of {@code articles}; see the class description. */
    public List<Story.Claim> align(List<AnalysedArticle> articles) {
        return groups(articles).stream().map(ClaimGroup::claim).toList();
    }

    /** The claims of {@code articles} with the sentences behind each, in claim order. */
    public List<ClaimGroup> groups(List<AnalysedArticle> articles) {
        Map<String, Integer> articleOrder = new HashMap<>();
        List<Sentence> kept = new ArrayList<>();
        for (int a = 0; a < articles.size(); a++) {
            articleOrder.putIfAbsent(articles.get(a).id(), a);
            Set<List<String>> seen = new HashSet<>();
            for (Sentence s : articles.get(a).sentences()) {
                // a sentence repeated within one article (headline echoed as lead, teaser) counts once
                if (!Junk.isJunk(s.text()) && seen.add(Tokenizer.tokens(s.text()))) {
                    kept.add(s);
                }
            }
        }
        SentenceSpace space = new SentenceSpace(kept);
        int n = kept.size();
        int[] art = new int[n];
        for (int i = 0; i < n; i++) {
            art[i] = articleOrder.get(kept.get(i).articleId());
        }
        List<Set<String>> figures = new ArrayList<>();
        for (Sentence s : kept) {
            figures.add(figures(s.text()));
        }
        record Pair(int i, int j, double sim) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (Map.Entry<Integer, Double> e : space.neighbours(i).entrySet()) {
                int j = e.getKey();
                if (j > i && art[j] != art[i]) {
                    double score = score(e.getValue(), figures.get(i), figures.get(j));
                    if (score >= threshold) {
                        pairs.add(new Pair(i, j, score));
                    }
                }
            }
        }
        pairs.sort(Comparator.comparingDouble((Pair p) -> -p.sim()).thenComparingInt(Pair::i)
                .thenComparingInt(Pair::j));
        int[] cluster = new int[n];
        List<List<Integer>> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            cluster[i] = i;
            members.add(new ArrayList<>(List.of(i)));
        }
        for (Pair p : pairs) {
            int ci = cluster[p.i()];
            int cj = cluster[p.j()];
            if (ci == cj) {
                continue;
            }
            List<Integer> a = members.get(ci);
            List<Integer> b = members.get(cj);
            Set<Integer> arts = new HashSet<>();
            a.forEach(x -> arts.add(art[x]));
            if (b.stream().anyMatch(x -> arts.contains(art[x]))) {
                continue;
            }
            double sum = 0;
            for (int x : a) {
                for (int y : b) {
                    sum += score(space.similarity(x, y), figures.get(x), figures.get(y));
                }
            }
            if (sum / (a.size() * b.size()) < threshold * LINK_AVERAGE) {
                continue;
            }
            a.addAll(b);
            b.forEach(x -> cluster[x] = ci);
            members.set(cj, List.of());
        }
        List<List<Integer>> groups = new ArrayList<>();
        for (List<Integer> m : members) {
            if (!m.isEmpty()) {
                List<Integer> sorted = new ArrayList<>(m);
                sorted.sort(Comparator.comparingInt((Integer x) -> art[x]).thenComparingInt(x -> x));
                groups.add(sorted);
            }
        }
        groups.sort(Comparator.comparingInt((List<Integer> g) -> -g.size())
                .thenComparingInt(g -> art[g.get(0)]).thenComparingInt(g -> g.get(0)));
        List<ClaimGroup> out = new ArrayList<>();
        for (List<Integer> g : groups) {
            int best = g.get(0);
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int x : g) {
                double score = 0;
                for (int y : g) {
                    if (y != x) {
                        score += score(space.similarity(x, y), figures.get(x), figures.get(y));
                    }
                }
                score += 1e-3 * Math.min(40, Terms.of(kept.get(x).text()).size());
                if (score > bestScore + 1e-9) {
                    best = x;
                    bestScore = score;
                }
            }
            List<Sentence> sentences = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (int x : g) {
                sentences.add(kept.get(x));
                ids.add(kept.get(x).articleId());
            }
            Story.Claim claim = new Story.Claim("c" + (out.size() + 1), kept.get(best).text(), ids, ids.size() == 1);
            out.add(new ClaimGroup(claim, sentences));
        }
        return out;
    }
}
