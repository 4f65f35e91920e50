package dev.chorus.compare;

import dev.chorus.embed.TextEmbedder;
import dev.chorus.model.AnalysedArticle;
import dev.chorus.model.Sentence;
import dev.chorus.model.Story;
import dev.chorus.sentence.Terms;
import dev.chorus.sentence.Tokenizer;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups sentences of different articles that state the same fact into claims.
 *
 * <p>Each sentence that is neither junk (fragments under {@value Junk#MIN_TOKENS} words, headings without closing
 * punctuation, shouted credit lines, list items) nor a repeat of an earlier sentence of its article becomes a
 * TF-IDF vector over its stemmed content terms, numbers and names included. Two sentences giving the same figure
 * in digits (a count, sum or percentage, whatever its wording: "$1.5bn" and "$1.5 billion") get
 * {@link #FIGURE_BONUS} on top. Sentences with the same tokens in different articles (verbatim copies) are one
 * node, joined from the start and scored once. Pairs of nodes from different articles scoring at least
 * {@link #DEFAULT_THRESHOLD} are found through an inverted index over terms (each node keeps its
 * {@value #MAX_LINKS} strongest links to later ones) and linked, strongest first; two groups join only when they share no article (so one article never supports a
 * claim twice) and their average pairwise score stays at least {@link #LINK_AVERAGE} of the threshold (cosines
 * from cluster vector sums, the figure bonus counted per pair sharing a figure).
 *
 * <p>Paraphrases and translations state one fact in other words ("tension rose" and "tensions had risen"; "not
 * an alternative to its ties with NATO" and "did not see closer ties with Russia as an alternative to its Nato
 * alignment"), which word overlap alone misses. Given a sentence embedder, the aligner also links a pair whose
 * word cosine is below the threshold but at least {@link #PARAPHRASE_LEXICAL} when their embeddings' cosine plus half the word score is at
 * least {@link #PARAPHRASE_SCORE}; only the sentences of such pairs are embedded, in one batch, and a group
 * joined by such a link needs an average word score of only {@link #LINK_AVERAGE} of {@link #PARAPHRASE_LEXICAL}.
 * Both sides must share some words, because sentences on one story are all close in embedding space (0.6-0.7 for
 * different facts of one event), and two sentences that both give figures must share one ("more than 10 percent
 * of children" and "rose by 43 percent" read alike and are two facts).
 *
 * <p>Every sentence left alone is a unique claim. Claims are ordered by number of supporting articles, then by
 * first appearance (article input order, then sentence order), and numbered "c1", "c2"... in that order. The
 * text of a claim is its most central sentence (highest summed score to the others, less
 * {@link #STANDALONE_PENALTY} for each sign it cannot stand alone: an opening pronoun or conjunction, a machine
 * date left by the scraper; ties to the longer, then the earlier one). Stateless and thread-safe.
 */
public final class ClaimAligner {

    /** Cosine similarity at or above which two sentences state the same fact. */
    public static final double DEFAULT_THRESHOLD = 0.4;
    /** Added to the similarity of two sentences that give the same figure ("120 people", "$1.5bn"). */
    public static final double FIGURE_BONUS = 0.15;
    /**
     * Taken off a sentence's centrality (its summed score to the others) per {@link #dependence} issue when
     * choosing a claim's text: more than the centralities of a small claim's sentences differ, so one that cannot
     * stand alone ("He added ...") shows it only when no other can (at 0.1, "He added that Putin appreciated ..."
     * showed a claim that "... Lavrov said in Sochi" also stated).
     */
    static final double STANDALONE_PENALTY = 1.0;
    private static final Set<String> OPENERS = Set.of("he", "she", "they", "it", "this", "that", "these", "those",
            "but", "and", "so", "his", "her", "their", "its");
    private static final java.util.regex.Pattern MACHINE_DATE =
            java.util.regex.Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
    /** A group's average pairwise similarity must stay at least this share of the threshold. */
    static final double LINK_AVERAGE = 0.8;
    /**
     * Most links kept per sentence text to later ones (the strongest): in a story of hundreds of copies, the
     * other neighbours are reached through these, and the links stay linear in the number of sentences.
     */
    static final int MAX_LINKS = 64;
    /** Word cosine at or above which a pair below the threshold is asked of the embedder. */
    static final double PARAPHRASE_LEXICAL = 0.2;
    /**
     * Embedding cosine plus half the word cosine (all-MiniLM-L6-v2 on whole sentences,
     * {@link dev.chorus.embed.MiniLmEmbedder#forSentences}) at or above which a pair sharing some words states one
     * fact: the more words two sentences share, the less their meanings need to show it. In the seed story's
     * cross-article pairs with a word cosine of 0.2-0.4, paraphrases and translations of one sentence had
     * embedding cosines of 0.71-0.85 and pairs of different facts of the event 0.60-0.74 (one pair of each
     * passes for the other on embeddings alone); the sum at 0.9 misses two paraphrases (0.896, 0.895) and takes
     * one sentence joining two statements with the other statement (0.918).
     */
    static final double PARAPHRASE_SCORE = 0.9;

    /**
     * Most sentences embedded for one story: a bound on the embedder's cost (a few milliseconds a sentence) however
     * large the story; the pairs sharing most words are asked first.
     */
    static final int MAX_EMBEDDED = 64;

    private final double threshold;
    private final TextEmbedder embedder;

    public ClaimAligner() {
        this(DEFAULT_THRESHOLD);
    }

    /** An aligner linking sentences at cosine similarity {@code threshold} or more (0..1), on words alone. */
    public ClaimAligner(double threshold) {
        this(threshold, null);
    }

    /**
     * An aligner linking sentences at word cosine {@code threshold} or more, and paraphrases found with
     * {@code embedder} (null: words alone; texts in languages it does not {@link TextEmbedder#covers cover} are
     * left to words). The embedder is the caller's and is not closed here.
     */
    public ClaimAligner(double threshold, TextEmbedder embedder) {
        this.threshold = threshold;
        this.embedder = embedder;
    }

    /**
     * Number of pairs (x in a, y in b) of sentences giving a same figure, from each side's distinct figure sets
     * with how many sentences give them; a sentence paired with itself counts.
     */
    private static int sharingPairs(Map<Set<String>, Integer> a, Map<Set<String>, Integer> b) {
        int count = 0;
        for (Map.Entry<Set<String>, Integer> x : a.entrySet()) {
            for (Map.Entry<Set<String>, Integer> y : b.entrySet()) {
                if (x.getKey() == y.getKey() || y.getKey().stream().anyMatch(x.getKey()::contains)) {
                    count += x.getValue() * y.getValue();
                }
            }
        }
        return count;
    }

    /**
     * How much a sentence leans on its neighbours or carries page debris, 0 to 2: an opening pronoun or
     * conjunction ("He added", "But"), a machine date ("2020-12-29").
     */
    static int dependence(String sentence) {
        int issues = 0;
        List<Words.Word> words = Words.of(sentence);
        if (!words.isEmpty() && OPENERS.contains(words.get(0).folded())) {
            issues++;
        }
        if (MACHINE_DATE.matcher(sentence).find()) {
            issues++;
        }
        return issues;
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

    /**
     * Figures (counts, money, percentages, measures; not years or dates) by kind, currency or unit, and
     * normalised value, so that "$2.5bn" meets "2.5 billion dollars" and "twelve" meets "12". Small counts in
     * words ("two countries") are too common to show that two sentences state the same fact and are left out.
     */
    static Set<String> figures(String sentence) {
        Set<String> out = new HashSet<>();
        for (ConflictFinder.Value v : ConflictFinder.extractValues(sentence)) {
            boolean digits = v.surface().chars().anyMatch(Character::isDigit);
            boolean figure = Set.of("count", "money", "percent", "measure").contains(v.kind());
            if (figure && (digits || v.number() >= 10)) {
                String unit = v.kind().equals("money") || v.kind().equals("measure") ? v.slot() + ":" : "";
                out.add(v.kind() + ":" + unit + v.number());
            }
        }
        return out;
    }

    /** A link between two sentence nodes; a paraphrase link was made by the embedder, not by shared words. */
    private record Pair(int i, int j, double sim, boolean paraphrase) {
    }

    /**
     * The {@code candidates} whose sentences' embeddings say they state one fact, as links scored by that cosine,
     * strongest first: both sentences are embedded (once each, in one batch) when the embedder reads their
     * language.
     */
    private List<Pair> paraphrases(List<Pair> candidates, List<Sentence> sentences, Map<String, String> languageOf) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        // the pairs sharing most words first, while their sentences fit the budget
        List<Pair> ordered = new ArrayList<>(candidates);
        ordered.sort(Comparator.comparingDouble((Pair p) -> -p.sim()).thenComparingInt(Pair::i).thenComparingInt(Pair::j));
        Map<Integer, Integer> slot = new HashMap<>();
        List<String> texts = new ArrayList<>();
        for (Pair p : ordered) {
            int fresh = (slot.containsKey(p.i()) ? 0 : 1) + (slot.containsKey(p.j()) ? 0 : 1);
            if (texts.size() + fresh > MAX_EMBEDDED) {
                continue;
            }
            if (!embedder.covers(languageOf.get(sentences.get(p.i()).articleId()))
                    || !embedder.covers(languageOf.get(sentences.get(p.j()).articleId()))) {
                continue;
            }
            for (int node : new int[]{p.i(), p.j()}) {
                if (!slot.containsKey(node)) {
                    slot.put(node, texts.size());
                    texts.add(sentences.get(node).text());
                }
            }
        }
        if (texts.isEmpty()) {
            return List.of();
        }
        float[][] vectors = embedder.embed(texts);
        List<Pair> out = new ArrayList<>();
        for (Pair p : candidates) {
            Integer a = slot.get(p.i());
            Integer b = slot.get(p.j());
            double cosine = a == null || b == null ? 0 : TextEmbedder.dot(vectors[a], vectors[b]);
            if (cosine + p.sim() / 2 >= PARAPHRASE_SCORE) {
                out.add(new Pair(p.i(), p.j(), cosine, true));
            }
        }
        out.sort(Comparator.comparingDouble((Pair p) -> -p.sim()).thenComparingInt(Pair::i).thenComparingInt(Pair::j));
        return out;
    }

    /** The claims of {@code articles}; see the class description. */
    public List<Story.Claim> align(List<AnalysedArticle> articles) {
        return groups(articles).stream().map(ClaimGroup::claim).toList();
    }

    /** The claims of {@code articles} with the sentences behind each, in claim order. */
    public List<ClaimGroup> groups(List<AnalysedArticle> articles) {
        return groups(articles, null);
    }

    /**
     * As {@link #groups(List)}; when {@code scored} is not null, {@code scored[0]} receives the number of exact
     * similarity computations made (pairs of distinct sentence texts scored), for tests guarding the cost.
     */
    List<ClaimGroup> groups(List<AnalysedArticle> articles, long[] scored) {
        Map<String, Integer> articleOrder = new HashMap<>();
        Map<String, String> languageOf = new HashMap<>();
        articles.forEach(a -> languageOf.put(a.id(), a.article().metadata().language()));
        List<Sentence> kept = new ArrayList<>();
        // Sentences with the same tokens (wire copies repeat them verbatim) share one node: their vector, figures
        // and neighbours are computed once, and they are joined before anything else.
        Map<List<String>, Integer> nodeOf = new HashMap<>();
        List<Sentence> nodeSentences = new ArrayList<>();
        List<List<Integer>> nodeMembers = new ArrayList<>();
        List<Integer> memberNode = new ArrayList<>();
        for (int a = 0; a < articles.size(); a++) {
            articleOrder.putIfAbsent(articles.get(a).id(), a);
            Set<List<String>> seen = new HashSet<>();
            for (Sentence s : articles.get(a).sentences()) {
                // a sentence repeated within one article (headline echoed as lead, teaser) counts once
                if (Junk.isJunk(s.text())) {
                    continue;
                }
                List<String> tokens = Tokenizer.tokens(s.text());
                if (!seen.add(tokens)) {
                    continue;
                }
                Integer node = nodeOf.get(tokens);
                if (node == null) {
                    node = nodeSentences.size();
                    nodeOf.put(tokens, node);
                    nodeSentences.add(s);
                    nodeMembers.add(new ArrayList<>());
                }
                nodeMembers.get(node).add(kept.size());
                memberNode.add(node);
                kept.add(s);
            }
        }
        int n = kept.size();
        int nodes = nodeSentences.size();
        int[] multiplicity = new int[nodes];
        for (int v = 0; v < nodes; v++) {
            multiplicity[v] = nodeMembers.get(v).size();
        }
        SentenceSpace space = new SentenceSpace(nodeSentences, multiplicity);
        int[] art = new int[n];
        for (int i = 0; i < n; i++) {
            art[i] = articleOrder.get(kept.get(i).articleId());
        }
        List<Set<String>> nodeFigures = new ArrayList<>();
        List<BitSet> nodeArticles = new ArrayList<>();
        for (int v = 0; v < nodes; v++) {
            nodeFigures.add(figures(nodeSentences.get(v).text()));
            BitSet bits = new BitSet();
            nodeMembers.get(v).forEach(x -> bits.set(art[x]));
            nodeArticles.add(bits);
        }
        List<Pair> pairs = new ArrayList<>();
        List<Pair> borderline = new ArrayList<>();
        long[] count = new long[1];
        List<Pair> best = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            int from = i;
            best.clear();
            space.forEachLaterNeighbour(i, (j, sim) -> {
                count[0]++;
                if (!nodeArticles.get(j).intersects(nodeArticles.get(from))) {
                    double score = score(sim, nodeFigures.get(from), nodeFigures.get(j));
                    if (score >= threshold) {
                        best.add(new Pair(from, j, score, false));
                    } else if (embedder != null && sim >= PARAPHRASE_LEXICAL) {
                        borderline.add(new Pair(from, j, score, true));
                    }
                }
            });
            if (best.size() > MAX_LINKS) {
                // Only the strongest links of a node matter: its other neighbours reach it through them.
                best.sort(Comparator.comparingDouble((Pair p) -> -p.sim()).thenComparingInt(Pair::j));
                pairs.addAll(best.subList(0, MAX_LINKS));
            } else {
                pairs.addAll(best);
            }
        }
        if (scored != null) {
            scored[0] = count[0];
        }
        pairs.sort(Comparator.comparingDouble((Pair p) -> -p.sim()).thenComparingInt(Pair::i)
                .thenComparingInt(Pair::j));
        // Clusters keep the sum of their members' unit vectors: the average pairwise cosine of two clusters is
        // then dot(sumA, sumB) / (|A| |B|), without comparing every pair of members. Figure sharing is counted
        // over the clusters' distinct figure sets, likewise without visiting member pairs.
        int[] cluster = new int[nodes];
        List<List<Integer>> members = new ArrayList<>();
        List<Map<String, Double>> sums = new ArrayList<>();
        List<BitSet> clusterArticles = new ArrayList<>();
        List<Map<Set<String>, Integer>> figureSets = new ArrayList<>();
        int[] size = new int[nodes];
        for (int v = 0; v < nodes; v++) {
            cluster[v] = v;
            members.add(new ArrayList<>(List.of(v)));
            Map<String, Double> sum = new HashMap<>(space.vector(v));
            int mult = multiplicity[v];
            if (mult > 1) {
                sum.replaceAll((t, w) -> w * mult);
            }
            sums.add(sum);
            size[v] = mult;
            clusterArticles.add((BitSet) nodeArticles.get(v).clone());
            Map<Set<String>, Integer> fs = new HashMap<>();
            if (!nodeFigures.get(v).isEmpty()) {
                fs.put(nodeFigures.get(v), mult);
            }
            figureSets.add(fs);
        }
        // Words first; then the embedder is asked only about the pairs whose groups could still join (a group
        // holds one sentence per article, so most pairs of a story told by copies are settled by then).
        for (int phase = 0; phase < 2; phase++) {
            List<Pair> links = pairs;
            if (phase == 1) {
                borderline.removeIf(p -> cluster[p.i()] == cluster[p.j()]
                        || clusterArticles.get(cluster[p.i()]).intersects(clusterArticles.get(cluster[p.j()])));
                // two sentences giving figures, none the same, state different facts however alike they read
                borderline.removeIf(p -> !nodeFigures.get(p.i()).isEmpty() && !nodeFigures.get(p.j()).isEmpty()
                        && java.util.Collections.disjoint(nodeFigures.get(p.i()), nodeFigures.get(p.j())));
                links = paraphrases(borderline, nodeSentences, languageOf);
            }
            for (Pair p : links) {
                int ci = cluster[p.i()];
                int cj = cluster[p.j()];
                if (ci == cj || clusterArticles.get(ci).intersects(clusterArticles.get(cj))) {
                    continue;
                }
                double pairsAB = (double) size[ci] * size[cj];
                double average = SentenceSpace.dot(sums.get(ci), sums.get(cj)) / pairsAB
                        + FIGURE_BONUS * sharingPairs(figureSets.get(ci), figureSets.get(cj)) / pairsAB;
                if (average < (p.paraphrase() ? PARAPHRASE_LEXICAL : threshold) * LINK_AVERAGE) {
                    continue;
                }
                List<Integer> b = members.get(cj);
                members.get(ci).addAll(b);
                b.forEach(x -> cluster[x] = ci);
                members.set(cj, List.of());
                sums.get(cj).forEach((t, w) -> sums.get(ci).merge(t, w, Double::sum));
                sums.set(cj, Map.of());
                clusterArticles.get(ci).or(clusterArticles.get(cj));
                figureSets.get(cj).forEach((f, c) -> figureSets.get(ci).merge(f, c, Integer::sum));
                figureSets.set(cj, Map.of());
                size[ci] += size[cj];
            }
        }
        List<List<Integer>> groups = new ArrayList<>();
        List<Integer> roots = new ArrayList<>();
        for (int c = 0; c < nodes; c++) {
            List<Integer> m = members.get(c);
            if (!m.isEmpty()) {
                List<Integer> sorted = new ArrayList<>();
                for (int v : m) {
                    sorted.addAll(nodeMembers.get(v));
                }
                sorted.sort(Comparator.comparingInt((Integer x) -> art[x]).thenComparingInt(x -> x));
                groups.add(sorted);
                roots.add(c);
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < groups.size(); k++) {
            order.add(k);
        }
        order.sort(Comparator.comparingInt((Integer k) -> -groups.get(k).size())
                .thenComparingInt(k -> art[groups.get(k).get(0)]).thenComparingInt(k -> groups.get(k).get(0)));
        List<ClaimGroup> out = new ArrayList<>();
        for (int k : order) {
            List<Integer> g = groups.get(k);
            Map<String, Double> sum = sums.get(roots.get(k));
            Map<Set<String>, Integer> figs = figureSets.get(roots.get(k));
            Map<Integer, Double> nodeScore = new HashMap<>();
            int best1 = g.get(0);
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int x : g) {
                int v = memberNode.get(x);
                // summed similarity to the other members: dot with the cluster sum minus the self-similarity
                double score = nodeScore.computeIfAbsent(v, node -> {
                    Map<String, Double> vec = space.vector(node);
                    Set<String> f = nodeFigures.get(node);
                    int sharing = f.isEmpty() ? 0 : sharingPairs(Map.of(f, 1), figs);
                    return SentenceSpace.dot(vec, sum) - SentenceSpace.dot(vec, vec) + FIGURE_BONUS * (sharing - 1)
                            + 1e-3 * Math.min(40, space.termCount(node));
                });
                score -= STANDALONE_PENALTY * dependence(kept.get(x).text());
                if (score > bestScore + 1e-9) {
                    best1 = x;
                    bestScore = score;
                }
            }
            List<Sentence> sentences = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (int x : g) {
                sentences.add(kept.get(x));
                ids.add(kept.get(x).articleId());
            }
            Story.Claim claim = new Story.Claim("c" + (out.size() + 1), kept.get(best1).text(), ids,
                    ids.size() == 1);
            out.add(new ClaimGroup(claim, sentences));
        }
        return out;
    }
}
