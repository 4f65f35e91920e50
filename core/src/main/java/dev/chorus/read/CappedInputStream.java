package dev.chorus.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes read through it and fails with {@link TooLargeException} once more than a cap have come
 * through: what stops a decompression bomb, since the count is taken after decompression.
 */
final class CappedInputStream extends FilterInputStream {

    /** More bytes than allowed; the message says which limit. */
    static final class TooLargeException extends IOException {
        TooLargeException(String message) {
            super(message);
        }
    }

    private final long cap;
    private final String what;
    private long count;

    /** @param what what the cap is about, for the message: "decompresses to more than 64 GiB" */
    CappedInputStream(InputStream in, long cap, String what) {
        super(in);
        this.cap = cap;
        this.what = what;
    }

    /** Bytes read so far. */
    long count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            add(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            add(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        add(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false; // a reset would make the count wrong
    }

    private void add(long n) throws TooLargeException {
        count += n;
        if (count > cap) {
            throw new TooLargeException(what + " " + ReadLimits.size(cap));
        }
    }
}
