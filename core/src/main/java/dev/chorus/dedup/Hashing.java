package dev.chorus.dedup;

/** The 64-bit hash functions the stage builds on; fixed here so that fingerprints are the same on every JVM. */
final class Hashing {

    private Hashing() {
    }

    /**
     * The finalising mix of MurmurHash3 (fmix64): every input bit affects every output bit with probability
     * close to one half, so that structured inputs (similar strings, small integers) come out spread.
     */
    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    /** A 64-bit hash of {@code s}: FNV-1a over its UTF-16 units, then {@link #mix}. */
    static long of(CharSequence s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        return mix(h);
    }
}
