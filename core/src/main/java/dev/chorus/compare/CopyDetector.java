package dev.chorus.compare;

import dev.chorus.model.AnalysedArticle;
import dev.chorus.model.Sentence;
import dev.chorus.model.Story;
import dev.chorus.sentence.Tokenizer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds pairs of articles where one reuses the other's sentences.
 *
 * <p>Each sentence is cut into word 3-shingles of its prose: folded tokens, hyphens ignored (so "co-operation"
 * and "cooperation" meet), quoted passages left out, since independent reports repeat the same quotes. Sentences
 * with fewer than {@value #MIN_SENTENCE_TOKENS} prose tokens are not counted. A sentence of article A appears
 * near-verbatim in article B when at least {@link #SENTENCE_CONTAINMENT} of its shingles occur in B. For a pair,
 * {@code shared} is the share of the shorter article's (fewer eligible sentences) sentences that appear in the
 * other; pairs with {@code shared >= }{@link #DEFAULT_MIN_SHARED} and at least {@value #MIN_SHARED_SENTENCES}
 * reused sentences are reported. Shingles are indexed per article, so the cost grows with the total number of
 * shingles, not with sentence pairs.
 *
 * <p>{@code a} is the guessed source: the article published earlier when both dates are known, otherwise the
 * one with more eligible sentences, otherwise the earlier in input order. Output is sorted by {@code shared}
 * descending (rounded to 2 decimals), then by input order. Stateless and thread-safe.
 *
 * <p>Articles that are whole copies of one another ({@code shared >= }{@link #WHOLE_COPY}, linked in a chain or
 * not) form a copy group, reported as each member against the group's origin (the source that {@code a} would
 * be), not as every pair: a wire story run by 99 outlets is 98 copies of one text, not 4,851 pairs. Partial reuse
 * between two groups is reported once, by the pair of highest share.
 */
public final class CopyDetector {

    /** Sentences shorter than this many tokens are not counted (too short to tell copying from chance). */
    public static final int MIN_SENTENCE_TOKENS = 6;
    /** Share of a sentence's shingles found in the other article for the sentence to count as reused. */
    public static final double SENTENCE_CONTAINMENT = 0.6;
    /** Fewest reused sentences for a pair to be reported, whatever the share. */
    public static final int MIN_SHARED_SENTENCES = 2;
    /** Smallest share of reused sentences reported. */
    public static final double DEFAULT_MIN_SHARED = 0.3;
    /** Share from which two articles are copies of one text, for copy groups. */
    public static final double WHOLE_COPY = 0.9;

    private final double minShared;

    public CopyDetector() {
        this(DEFAULT_MIN_SHARED);
    }

    /** A detector reporting pairs whose shared share is at least {@code minShared} (0..1). */
    public CopyDetector(double minShared) {
        this.minShared = minShared;
    }

    /** Article pairs with reused sentences; see the class description. */
    public List<Story.Copy> detect(List<AnalysedArticle> articles) {
        int n = articles.size();
        // Distinct shingle sets (a sentence repeated verbatim across copies is looked up once), with the
        // articles giving each (an article repeating a sentence listed twice); shingles as int ids.
        Map<String, Integer> shingleIds = new HashMap<>();
        Map<Set<String>, Integer> setIds = new HashMap<>();
        List<int[]> sets = new ArrayList<>();
        List<List<Integer>> setArticles = new ArrayList<>();
        int[] eligible = new int[n];
        List<List<Integer>> postings = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            for (Sentence s : articles.get(a).sentences()) {
                Set<String> sh = shingles(s.text());
                if (sh.isEmpty()) {
                    continue;
                }
                eligible[a]++;
                Integer id = setIds.get(sh);
                if (id == null) {
                    id = sets.size();
                    setIds.put(sh, id);
                    int[] ids = new int[sh.size()];
                    int k = 0;
                    for (String x : sh) {
                        Integer sid = shingleIds.get(x);
                        if (sid == null) {
                            sid = postings.size();
                            shingleIds.put(x, sid);
                            postings.add(new ArrayList<>());
                        }
                        ids[k++] = sid;
                    }
                    sets.add(ids);
                    setArticles.add(new ArrayList<>());
                }
                setArticles.get(id).add(a);
                for (int sid : sets.get(id)) {
                    List<Integer> p = postings.get(sid);
                    if (p.isEmpty() || p.get(p.size() - 1) != a) {
                        p.add(a); // articles come in increasing order: no duplicates
                    }
                }
            }
        }
        int[][] index = new int[postings.size()][];
        for (int k = 0; k < index.length; k++) {
            index[k] = postings.get(k).stream().mapToInt(Integer::intValue).toArray();
        }
        // found[a][b] = sentences of a that appear in b
        int[][] found = new int[n][n];
        int[] hits = new int[n];
        int[] touched = new int[n];
        for (int id = 0; id < sets.size(); id++) {
            int[] sh = sets.get(id);
            int count = 0;
            for (int sid : sh) {
                for (int b : index[sid]) {
                    if (hits[b]++ == 0) {
                        touched[count++] = b;
                    }
                }
            }
            for (int k = 0; k < count; k++) {
                int b = touched[k];
                if (hits[b] >= SENTENCE_CONTAINMENT * sh.length) {
                    for (int a : setArticles.get(id)) {
                        if (a != b) {
                            found[a][b]++;
                        }
                    }
                }
                hits[b] = 0;
            }
        }
        record Ranked(Story.Copy copy, int a, int b) {
        }
        List<Ranked> out = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                int sa = eligible[a];
                int sb = eligible[b];
                if (sa == 0 || sb == 0) {
                    continue;
                }
                double shared = sa <= sb ? (double) found[a][b] / sa : (double) found[b][a] / sb;
                shared = Math.round(shared * 100) / 100.0;
                int reused = sa <= sb ? found[a][b] : found[b][a];
                if (shared < minShared || reused < MIN_SHARED_SENTENCES) {
                    continue;
                }
                boolean aFirst = sourceFirst(articles.get(a), articles.get(b), sa, sb);
                String first = aFirst ? articles.get(a).id() : articles.get(b).id();
                String second = aFirst ? articles.get(b).id() : articles.get(a).id();
                out.add(new Ranked(new Story.Copy(first, second, Math.min(1.0, shared)), a, b));
            }
        }
        out.sort(Comparator.comparingDouble((Ranked r) -> -r.copy().shared()).thenComparingInt(Ranked::a)
                .thenComparingInt(Ranked::b));
        // copy groups: whole copies joined, each group's origin the article every other member's pair names first
        int[] group = new int[n];
        for (int a = 0; a < n; a++) {
            group[a] = a;
        }
        for (Ranked r : out) {
            if (r.copy().shared() >= WHOLE_COPY) {
                group[root(group, r.b())] = root(group, r.a());
            }
        }
        Map<Integer, Integer> origin = new HashMap<>();
        for (int a = 0; a < n; a++) {
            int g = root(group, a);
            Integer o = origin.get(g);
            if (o == null || !sourceFirst(articles.get(o), articles.get(a), eligible[o], eligible[a])) {
                origin.put(g, a);
            }
        }
        List<Story.Copy> kept = new ArrayList<>();
        Set<Integer> placed = new HashSet<>();
        Set<Long> betweenGroups = new HashSet<>();
        for (Ranked r : out) {
            int ga = root(group, r.a());
            int gb = root(group, r.b());
            if (ga == gb) {
                int o = origin.get(ga);
                int member = r.a() == o ? r.b() : r.b() == o ? r.a() : -1;
                if (member >= 0 && placed.add(member)) {
                    kept.add(r.copy());
                }
            } else if (betweenGroups.add(Math.min(ga, gb) * (long) n + Math.max(ga, gb))) {
                kept.add(r.copy());
            }
        }
        // a member with no pair of its own with the origin keeps its best pair inside the group
        for (Ranked r : out) {
            int g = root(group, r.a());
            if (g != root(group, r.b()) || r.copy().shared() < WHOLE_COPY) {
                continue;
            }
            int o = origin.get(g);
            for (int member : new int[]{r.a(), r.b()}) {
                if (member != o && placed.add(member)) {
                    kept.add(r.copy());
                }
            }
        }
        Map<Story.Copy, Integer> rank = new HashMap<>();
        for (int i = 0; i < out.size(); i++) {
            rank.put(out.get(i).copy(), i);
        }
        kept.sort(Comparator.comparingInt(rank::get));
        return kept;
    }

    private static int root(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    private static boolean sourceFirst(AnalysedArticle a, AnalysedArticle b, int sa, int sb) {
        LocalDate da = a.article().metadata().published();
        LocalDate db = b.article().metadata().published();
        if (da != null && db != null && !da.equals(db)) {
            return da.isBefore(db);
        }
        if (sa != sb) {
            return sa > sb;
        }
        return true;
    }

    /** Word 3-shingles of a sentence, or none when it is shorter than {@link #MIN_SENTENCE_TOKENS}. */
    static Set<String> shingles(String sentence) {
        String prose = ConflictFinder.unquoted(sentence);
        List<String> tokens = Tokenizer.tokens(prose.replaceAll("(?<=\\p{L})-(?=\\p{L})", ""));
        Set<String> out = new HashSet<>();
        if (tokens.size() < MIN_SENTENCE_TOKENS) {
            return out;
        }
        for (int i = 0; i + 3 <= tokens.size(); i++) {
            out.add(tokens.get(i) + ' ' + tokens.get(i + 1) + ' ' + tokens.get(i + 2));
        }
        return out;
    }
}
