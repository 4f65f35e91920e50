package dev.chorus.dedup;

import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * The first 128 bits of the SHA-256 of a text's folded tokens joined by single spaces: two texts have the same
 * key when they have the same words in the same order, whatever their case, accents, punctuation or spacing.
 * 128 bits make an accidental collision between different texts practically impossible at any corpus size.
 */
public record ContentKey(long high, long low) {

    /** The key of a text already split into folded tokens ({@link dev.chorus.sentence.Tokenizer#tokens}). */
    public static ContentKey of(List<String> tokens) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0) {
                sha.update((byte) ' ');
            }
            sha.update(tokens.get(i).getBytes(StandardCharsets.UTF_8));
        }
        ByteBuffer digest = ByteBuffer.wrap(sha.digest());
        return new ContentKey(digest.getLong(), digest.getLong());
    }

    /** The key as 32 lower-case hex digits, e.g. to store it. */
    public String hex() {
        return String.format("%016x%016x", high, low);
    }
}
