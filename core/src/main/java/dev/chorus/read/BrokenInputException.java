package dev.chorus.read;

import java.io.IOException;

/**
 * An input that cannot be read further, with where it broke ({@code path:line} or {@code path@offset}); what was
 * read before that point has been used. The message is the reason, in words.
 */
final class BrokenInputException extends IOException {

    private final String origin;

    BrokenInputException(String origin, String reason, Throwable cause) {
        super(reason, cause);
        this.origin = origin;
    }

    /** Where the input broke. */
    String origin() {
        return origin;
    }
}
