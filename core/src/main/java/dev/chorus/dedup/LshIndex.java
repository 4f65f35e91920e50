package dev.chorus.dedup;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * Locality-sensitive hashing by banding (Indyk and Motwani; Broder): a signature of {@code bands × rows} slots is
 * cut into bands of {@code rows} consecutive slots, and two documents become candidates when all slots of at
 * least one band agree. For sets of Jaccard similarity s, one band agrees with probability s<sup>rows</sup>,
 * so they become candidates with probability
 *
 * <pre>  P(s) = 1 − (1 − s<sup>rows</sup>)<sup>bands</sup></pre>
 *
 * an S-curve that rises steepest near (1 / bands)<sup>1 / rows</sup>. Each band is a hash table from the band's
 * 64-bit key to the documents that have it, so finding the candidates of a document costs one lookup per band
 * plus the length of the buckets, not a pass over the corpus.
 *
 * <p>A bucket can still grow with the corpus when many documents share a band (a boilerplate text posted
 * hundreds of times). Buckets are therefore chained newest first and a lookup walks at most {@code maxWalk}
 * entries of each: the cost per document stays bounded, and the documents passed over are older members of
 * a bucket in which the newer ones were compared already (they usually are one group).
 *
 * <p>Memory: per document, one {@code int} per band for the chains, plus about 2 table slots (16 bytes of key
 * and 4 of value) per band at most; no boxed objects.
 */
final class LshIndex {

    private final int bands;
    private final int rows;
    private final int maxWalk;
    private final BandTable[] tables;
    /** next[doc * bands + band]: the document inserted before {@code doc} into the same bucket of that band, or -1. */
    private int[] next = new int[1024];

    LshIndex(int bands, int rows, int maxWalk) {
        if (bands < 1 || rows < 1 || maxWalk < 1) {
            throw new IllegalArgumentException("bands, rows and walk must be positive: " + bands + ", " + rows + ", " + maxWalk);
        }
        this.bands = bands;
        this.rows = rows;
        this.maxWalk = maxWalk;
        this.tables = new BandTable[bands];
        for (int b = 0; b < bands; b++) {
            tables[b] = new BandTable();
        }
    }

    /** Slots of a signature this index reads: {@code bands × rows}. */
    int slots() {
        return bands * rows;
    }

    /** Probability that two sets of Jaccard similarity {@code s} become candidates. */
    static double candidateProbability(double s, int bands, int rows) {
        return 1 - Math.pow(1 - Math.pow(s, rows), bands);
    }

    /**
     * Calls {@code sink} with every document sharing a band with {@code signature} (newest first within a
     * bucket, at most {@code maxWalk} a bucket). A document sharing several bands is given once a band.
     */
    void candidates(int[] signature, int offset, IntConsumer sink) {
        for (int b = 0; b < bands; b++) {
            int doc = tables[b].get(bandKey(signature, offset, b));
            for (int walked = 0; doc >= 0 && walked < maxWalk; walked++) {
                sink.accept(doc);
                doc = next[doc * bands + b];
            }
        }
    }

    /** Adds document {@code doc} (numbers may skip but must grow) under each band of its signature. */
    void insert(int doc, int[] signature, int offset) {
        int needed = (doc + 1) * bands;
        if (needed > next.length) {
            next = Arrays.copyOf(next, Math.max(needed, next.length * 2));
        }
        for (int b = 0; b < bands; b++) {
            next[doc * bands + b] = tables[b].put(bandKey(signature, offset, b), doc);
        }
    }

    private long bandKey(int[] signature, int offset, int band) {
        long h = band;
        int from = offset + band * rows;
        for (int i = from; i < from + rows; i++) {
            h = Hashing.mix(h ^ (signature[i] & 0xffffffffL) ^ ((long) i << 32));
        }
        return h;
    }

    /** Open-addressing hash table from band key to the newest document with that key (-1 when none). */
    private static final class BandTable {
        private long[] keys = new long[64];
        private int[] values = new int[64];
        private int size;

        int get(long key) {
            int mask = keys.length - 1;
            for (int i = slot(key, mask); ; i = (i + 1) & mask) {
                if (values[i] == 0) {
                    return -1;
                }
                if (keys[i] == key) {
                    return values[i] - 1;
                }
            }
        }

        /** Makes {@code doc} the newest with {@code key}; returns the previous newest, or -1. */
        int put(long key, int doc) {
            if (2 * (size + 1) > keys.length) {
                grow();
            }
            int mask = keys.length - 1;
            for (int i = slot(key, mask); ; i = (i + 1) & mask) {
                if (values[i] == 0) {
                    keys[i] = key;
                    values[i] = doc + 1; // 0 marks an empty slot
                    size++;
                    return -1;
                }
                if (keys[i] == key) {
                    int previous = values[i] - 1;
                    values[i] = doc + 1;
                    return previous;
                }
            }
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldValues = values;
            keys = new long[oldKeys.length * 2];
            values = new int[oldKeys.length * 2];
            int mask = keys.length - 1;
            for (int j = 0; j < oldKeys.length; j++) {
                if (oldValues[j] != 0) {
                    int i = slot(oldKeys[j], mask);
                    while (values[i] != 0) {
                        i = (i + 1) & mask;
                    }
                    keys[i] = oldKeys[j];
                    values[i] = oldValues[j];
                }
            }
        }

        private static int slot(long key, int mask) {
            return (int) (key ^ (key >>> 32)) & mask;
        }
    }
}
