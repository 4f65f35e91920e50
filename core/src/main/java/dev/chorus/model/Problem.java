package dev.chorus.model;

/**
 * Something wrong with one input, in words a user can act on.
 *
 * @param origin   the file path, or {@code path:line} for one line of a JSONL file
 * @param reason   one short sentence, no stack trace
 * @param rejected true when the input (or that line) was left out; false when it was used with a caveat,
 *                 such as text that was not valid UTF-8 and was decoded with a fallback charset
 */
public record Problem(String origin, String reason, boolean rejected) {

    /** An input that was left out. */
    public static Problem rejected(String origin, String reason) {
        return new Problem(origin, reason, true);
    }

    /** An input that was used, with a caveat. */
    public static Problem warning(String origin, String reason) {
        return new Problem(origin, reason, false);
    }

    @Override
    public String toString() {
        return origin + ": " + reason;
    }
}
