package dev.chorus.model;

/**
 * A rejected input: which file (and line), and why, in words a user can act on.
 *
 * @param origin the file path, or {@code path:line} for one line of a JSONL file
 * @param reason one short sentence, no stack trace
 */
public record Problem(String origin, String reason) {

    @Override
    public String toString() {
        return origin + ": " + reason;
    }
}
