package dev.chorus.dedup;

import dev.chorus.sentence.Tokenizer;

import java.util.Arrays;
import java.util.List;

/**
 * Normalises a text to its folded word tokens ({@link Tokenizer}: lower case, accents and typographic quotes
 * folded, punctuation and spacing dropped, "6,000" read as "6000") and cuts it into overlapping runs of
 * {@code size} words, each hashed to 64 bits.
 *
 * <p>Word shingles rather than character shingles because a copy edited by hand changes words: one changed word
 * changes at most {@code size} shingles, however long it is. Shorter shingles forgive edits more; what keeps two
 * different reports of one event apart is the Jaccard threshold, not the shingle length (two reports that
 * share a long quote share its shingles at any length). The default, 3 words, puts a 275-word wire report with
 * three light edits at 0.92 against its original (0.88 with 5 words) while another outlet's own report of the
 * same event stays at 0.05 (see DuplicateIndexTest).
 */
public final class Shingler {

    private final int size;

    /** @param size words per shingle ({@link DuplicateIndex.Settings#DEFAULTS} uses 3) */
    public Shingler(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("shingle size must be at least 1, was " + size);
        }
        this.size = size;
    }

    /** A text as the stage sees it: its shingle set, its content key and its length in words. */
    record Shingled(long[] shingles, ContentKey key, int words) {
    }

    /** The distinct shingle hashes of {@code text} in ascending order; see {@link #shingle}. */
    public long[] set(String text) {
        return shingle(text).shingles();
    }

    /**
     * The distinct shingle hashes of {@code text} in ascending order. A text shorter than one shingle is one
     * shingle of all its words; a text without words has none.
     */
    Shingled shingle(String text) {
        List<String> tokens = Tokenizer.tokens(text);
        long[] words = new long[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = Hashing.of(tokens.get(i));
        }
        int count = words.length == 0 ? 0 : Math.max(1, words.length - size + 1);
        long[] shingles = new long[count];
        for (int start = 0; start < count; start++) {
            long h = size;
            for (int k = start; k < Math.min(start + size, words.length); k++) {
                h = Hashing.mix(h ^ words[k]); // non-linear, so the order of the words counts
            }
            shingles[start] = h;
        }
        Arrays.sort(shingles);
        return new Shingled(distinct(shingles), ContentKey.of(tokens), words.length);
    }

    private static long[] distinct(long[] sorted) {
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        return n == sorted.length ? sorted : Arrays.copyOf(sorted, n);
    }

    /** Exact Jaccard similarity of two ascending sets of distinct hashes: shared over all. */
    public static double jaccard(long[] a, long[] b) {
        if (a.length == 0 && b.length == 0) {
            return 1;
        }
        int i = 0;
        int j = 0;
        int shared = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) shared / (a.length + b.length - shared);
    }
}
