package dev.chorus.dedup;

/**
 * What the index keeps of one text: its content key, MinHash signature and length in words. Computing it is the
 * costly part of adding an article and needs no shared state, so callers may compute fingerprints in parallel
 * ({@link DuplicateIndex#fingerprint}) and add them in order.
 */
public final class Fingerprint {

    final ContentKey key;
    final int[] signature;
    final int words;

    Fingerprint(ContentKey key, int[] signature, int words) {
        this.key = key;
        this.signature = signature;
        this.words = words;
    }

    /** Number of word tokens in the normalised text. */
    public int words() {
        return words;
    }
}
