/**
 * Near-duplicate detection: which articles are the same text (exact copies after normalisation) or nearly the
 * same (syndicated wire copy with another byline or footer, re-posts, light edits).
 *
 * <p>{@link dev.chorus.dedup.Shingler} turns a text into hashed word shingles and a content key,
 * {@link dev.chorus.dedup.MinHasher} into a MinHash signature whose slots agree with probability equal to the
 * Jaccard similarity of two shingle sets, {@link dev.chorus.dedup.LshIndex} finds candidate pairs by banding
 * the signatures, and {@link dev.chorus.dedup.DuplicateIndex} verifies candidates and keeps the groups. Work per
 * article does not depend on how many articles came before, so the index can take a stream.
 */
package dev.chorus.dedup;
