package dev.chorus.dedup;

import dev.chorus.model.AnalysedArticle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds exact and near-duplicate articles as they arrive. {@link #add} takes one article and says which earlier
 * article it copies, if any; {@link #groups} lists the groups of copies found so far.
 *
 * <p>An article is an <b>exact</b> copy of an earlier one when their normalised texts (folded word tokens) are
 * equal, found by a 128-bit content key in a hash map. Otherwise it is a <b>near</b> copy of the earlier article
 * whose word-shingle set is most alike, when their Jaccard similarity, estimated from MinHash signatures, is at
 * least the threshold (0.8), or when the shorter text is almost all inside the longer (90% of its shingles) and
 * the Jaccard similarity is still at least 0.6: a copy that drops the last paragraphs is a copy, while a brief
 * quoted inside a long feature (low Jaccard) is not. Candidates come from LSH banding (see {@link LshIndex} for
 * the S-curve) and only they are verified, so the cost of one article is its fingerprint plus a bounded number
 * of signature comparisons, whatever the size of the index. Memory grows by about 1 KB an article (its 128-slot
 * signature, LSH chains and table slots, id).
 *
 * <p>Defaults ({@link Settings#DEFAULTS}): 3-word shingles; 128 MinHash slots in 16 bands of 8 rows; near
 * means estimated Jaccard >= 0.8. The banding's S-curve 1 − (1 − s<sup>8</sup>)<sup>16</sup> is steepest at
 * (1/16)<sup>1/8</sup> ≈ 0.71, below the threshold on purpose: a pair at 0.8 becomes a candidate with
 * probability 0.947, at 0.85 0.994, at 0.9 0.9999, while an unrelated pair at 0.5 does with 0.061 and at 0.3
 * with 0.0010 (each then rejected by the verification). Trimmed copies between 0.6 and 0.8 are found less
 * surely (0.24 at 0.6, 0.61 at 0.7). The verification's estimate has a standard error of about 0.035 at 0.8,
 * so pairs within a few hundredths of the threshold may fall either way.
 *
 * <p>Texts under {@link Settings#minWords} words only take part in exact matching: a few shingles say little
 * about whether two short texts are copies. Groups join single-link: an article joins the group of the article
 * it matches best, and a group is exact only while all its members are exact copies.
 *
 * <p>Not thread-safe: add from one thread. {@link #fingerprint} may be called from any thread.
 */
public final class DuplicateIndex {

    /**
     * How the index decides.
     *
     * @param shingleWords words per shingle
     * @param bands        LSH bands
     * @param rows         signature slots per band; the signature has {@code bands × rows} slots
     * @param threshold    estimated Jaccard similarity at or above which two texts are near copies
     * @param containment  share of the shorter text's shingles found in the longer at or above which a trimmed
     *                     copy is a near copy too, provided their Jaccard similarity is at least {@code floor}
     * @param floor        the least Jaccard similarity for the containment rule
     * @param seed         seed of the MinHash functions: the same seed gives the same groups
     * @param minWords     texts with fewer words are only matched exactly
     * @param maxWalk      most entries of one LSH bucket compared per band (bounds the cost of boilerplate texts)
     */
    public record Settings(int shingleWords, int bands, int rows, double threshold, double containment,
                           double floor, long seed, int minWords, int maxWalk) {

        public static final Settings DEFAULTS = new Settings(3, 16, 8, 0.8, 0.9, 0.6, 0x5eedL, 20, 64);

        public Settings withSeed(long newSeed) {
            return new Settings(shingleWords, bands, rows, threshold, containment, floor, newSeed, minWords, maxWalk);
        }
    }

    /**
     * What an added article was found to copy.
     *
     * @param kind       exact or near
     * @param of         the id of the earlier article it matched best
     * @param similarity the estimated Jaccard similarity (1 for an exact copy)
     * @param group      the number of the group it is now in, for {@link #group(int)}
     */
    public record Match(DuplicateGroup.Kind kind, String of, double similarity, int group) {
    }

    private final Settings settings;
    private final Shingler shingler;
    private final MinHasher hasher;
    private final LshIndex lsh;
    private final int slots;

    private final List<String> ids = new ArrayList<>();
    private int[] signatures = new int[0];
    private int[] words = new int[0];
    private int[] shingleCounts = new int[0];
    /** Days since the epoch of each article's publication, {@link Integer#MAX_VALUE} when unknown. */
    private int[] days = new int[0];
    private int[] groupOf = new int[0];
    private ContentKey[] keys = new ContentKey[0];
    private int[] seen = new int[0];
    private int stamp;
    private final Map<ContentKey, Integer> firstWithKey = new HashMap<>();
    private final List<Group> groups = new ArrayList<>();

    public DuplicateIndex() {
        this(Settings.DEFAULTS);
    }

    public DuplicateIndex(Settings settings) {
        this.settings = settings;
        this.shingler = new Shingler(settings.shingleWords());
        this.hasher = new MinHasher(settings.bands() * settings.rows(), settings.seed());
        this.lsh = new LshIndex(settings.bands(), settings.rows(), settings.maxWalk());
        this.slots = settings.bands() * settings.rows();
    }

    /** The fingerprint of {@code text}; safe to call from many threads at once. */
    public Fingerprint fingerprint(String text) {
        Shingler.Shingled shingled = shingler.shingle(text);
        return new Fingerprint(shingled.key(), hasher.signature(shingled.shingles()), shingled.words(),
                shingled.shingles().length);
    }

    /** Adds an article: its id, body text and publication date; see {@link #add(String, Fingerprint, LocalDate)}. */
    public Optional<Match> add(AnalysedArticle article) {
        return add(article.id(), article.article().text(), article.article().metadata().published());
    }

    /** Adds a text; see {@link #add(String, Fingerprint, LocalDate)}. */
    public Optional<Match> add(String id, String text, LocalDate published) {
        return add(id, fingerprint(text), published);
    }

    /**
     * Adds an article and returns what it copies, or empty when it is like no article added before. Ids are
     * not checked for uniqueness; the caller names its articles.
     *
     * @param published publication date, or null when unknown (used only to name a group's origin)
     */
    public Optional<Match> add(String id, Fingerprint fingerprint, LocalDate published) {
        Candidate best = best(fingerprint);
        int doc = store(id, fingerprint, published);
        if (best == null) {
            if (fingerprint.words > 0) {
                firstWithKey.putIfAbsent(fingerprint.key, doc);
            }
            if (fingerprint.words >= settings.minWords()) {
                lsh.insert(doc, signatures, doc * slots);
            }
            return Optional.empty();
        }
        int number = groupOf[best.doc()];
        if (number < 0) {
            number = groups.size();
            groups.add(new Group(best.doc()));
            groupOf[best.doc()] = number;
        }
        Group group = groups.get(number);
        group.members.add(doc);
        group.exact &= fingerprint.key.equals(keys[group.members.getFirst()]);
        groupOf[doc] = number;
        if (best.kind() == DuplicateGroup.Kind.NEAR) {
            // A near copy widens what the group can catch: the next edit may be closer to it than to the first.
            lsh.insert(doc, signatures, doc * slots);
        }
        return Optional.of(new Match(best.kind(), ids.get(best.doc()), best.similarity(), number));
    }

    /**
     * What {@code fingerprint} would match if it were added, without adding it; the match's group is -1 when
     * the article matched is in no group yet.
     */
    public Optional<Match> find(Fingerprint fingerprint) {
        Candidate best = best(fingerprint);
        return best == null ? Optional.empty()
                : Optional.of(new Match(best.kind(), ids.get(best.doc()), best.similarity(), groupOf[best.doc()]));
    }

    /** The earlier article that {@code fingerprint} copies most closely: an exact copy first, else the LSH candidates. */
    private Candidate best(Fingerprint fingerprint) {
        if (fingerprint.words == 0) {
            return null;
        }
        Integer same = firstWithKey.get(fingerprint.key);
        if (same != null) {
            return new Candidate(same, DuplicateGroup.Kind.EXACT, 1);
        }
        if (fingerprint.words < settings.minWords()) {
            return null;
        }
        int[] best = {-1};
        double[] bestSimilarity = {-1};
        int visit = ++stamp;
        int[] signature = fingerprint.signature;
        lsh.candidates(signature, 0, doc -> {
            if (seen[doc] == visit) {
                return;
            }
            seen[doc] = visit;
            double similarity = MinHasher.similarity(signature, 0, signatures, doc * slots, slots);
            if (isCopy(similarity, fingerprint.shingles, shingleCounts[doc])
                    && (similarity > bestSimilarity[0] || (similarity == bestSimilarity[0] && doc < best[0]))) {
                best[0] = doc;
                bestSimilarity[0] = similarity;
            }
        });
        return best[0] < 0 ? null : new Candidate(best[0], DuplicateGroup.Kind.NEAR, bestSimilarity[0]);
    }

    /**
     * Whether two texts with these shingle counts and this estimated Jaccard similarity J are near copies. For
     * sets of sizes a and b, |A ∩ B| = J (a + b) / (1 + J), so the share of the smaller set found in the larger
     * follows from J and the sizes: a copy that trims a paragraph or a footer has a high share at a lower J.
     */
    private boolean isCopy(double jaccard, int a, int b) {
        if (jaccard >= settings.threshold()) {
            return true;
        }
        if (jaccard < settings.floor()) {
            return false;
        }
        double shared = jaccard * (a + b) / (1 + jaccard);
        return shared / Math.min(a, b) >= settings.containment();
    }

    private record Candidate(int doc, DuplicateGroup.Kind kind, double similarity) {
    }

    private int store(String id, Fingerprint fingerprint, LocalDate published) {
        int doc = ids.size();
        ids.add(id);
        if (doc == words.length) {
            int capacity = Math.max(1024, doc * 2);
            signatures = Arrays.copyOf(signatures, capacity * slots);
            words = Arrays.copyOf(words, capacity);
            shingleCounts = Arrays.copyOf(shingleCounts, capacity);
            days = Arrays.copyOf(days, capacity);
            seen = Arrays.copyOf(seen, capacity);
            groupOf = Arrays.copyOf(groupOf, capacity);
            keys = Arrays.copyOf(keys, capacity);
            Arrays.fill(groupOf, doc, capacity, -1);
        }
        System.arraycopy(fingerprint.signature, 0, signatures, doc * slots, slots);
        words[doc] = fingerprint.words;
        shingleCounts[doc] = fingerprint.shingles;
        keys[doc] = fingerprint.key;
        days[doc] = published == null ? Integer.MAX_VALUE : (int) published.toEpochDay();
        return doc;
    }

    /** Number of articles added. */
    public int size() {
        return ids.size();
    }

    /** One group as it stands now. */
    public DuplicateGroup group(int number) {
        Group group = groups.get(number);
        int origin = group.members.getFirst();
        for (int doc : group.members) {
            if (days[doc] < days[origin] || (days[doc] == days[origin] && words[doc] > words[origin])) {
                origin = doc;
            }
        }
        return new DuplicateGroup(group.exact ? DuplicateGroup.Kind.EXACT : DuplicateGroup.Kind.NEAR, ids.get(origin),
                group.members.stream().map(ids::get).toList());
    }

    /** Every group of two or more articles, in the order each group's first two members were matched. */
    public List<DuplicateGroup> groups() {
        List<DuplicateGroup> out = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            if (groups.get(i).members.size() > 1) {
                out.add(group(i));
            }
        }
        return out;
    }

    /**
     * The groups of copies among {@code articles}, added in list order (fingerprints are computed in parallel
     * first, which does not change the result).
     */
    public static List<DuplicateGroup> groupsOf(List<AnalysedArticle> articles, Settings settings) {
        DuplicateIndex index = new DuplicateIndex(settings);
        List<Fingerprint> fingerprints = articles.parallelStream().map(a -> index.fingerprint(a.article().text())).toList();
        for (int i = 0; i < articles.size(); i++) {
            AnalysedArticle article = articles.get(i);
            index.add(article.id(), fingerprints.get(i), article.article().metadata().published());
        }
        return index.groups();
    }

    private static final class Group {
        final List<Integer> members = new ArrayList<>(2);
        boolean exact = true;

        Group(int first) {
            members.add(first);
        }
    }
}
