package dev.chorus.store;

/**
 * A store that cannot be used as asked, in one line a user can act on: no store in the directory, another
 * process writing to it, a directory that holds something else, a disk that refuses a write.
 */
public final class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
