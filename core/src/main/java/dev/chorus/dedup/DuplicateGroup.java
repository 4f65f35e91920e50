package dev.chorus.dedup;

import java.util.List;

/**
 * Articles that are copies of one another.
 *
 * @param kind    {@link Kind#EXACT} when every member has the same normalised text, else {@link Kind#NEAR}
 * @param origin  the member most likely to be the original: the earliest published; among those of the same (or
 *                no) date the longest, as a copy usually trims (a superset is more likely the source); then the
 *                first seen
 * @param members article ids in the order they were added, at least two
 */
public record DuplicateGroup(Kind kind, String origin, List<String> members) {

    public DuplicateGroup {
        members = List.copyOf(members);
    }

    /** How alike the members are. */
    public enum Kind {
        /** The same words in the same order once case, accents, punctuation and spacing are normalised. */
        EXACT,
        /** Estimated Jaccard similarity of word shingles at or above the threshold (0.8 by default). */
        NEAR
    }
}
