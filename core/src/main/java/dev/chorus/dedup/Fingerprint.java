package dev.chorus.dedup;

/**
 * What the index keeps of one text: its content key, MinHash signature, and its length in words and in distinct
 * shingles. Computing it is the
 * costly part of adding an article and needs no shared state, so callers may compute fingerprints in parallel
 * ({@link DuplicateIndex#fingerprint}) and add them in order.
 */
public final class Fingerprint {

    final ContentKey key;
    final int[] signature;
    final int words;
    final int shingles;

    Fingerprint(ContentKey key, int[] signature, int words, int shingles) {
        this.key = key;
        this.signature = signature;
        this.words = words;
        this.shingles = shingles;
    }

    /** Number of word tokens in the normalised text. */
    public int words() {
        return words;
    }
}
