package dev.chorus.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines without ever holding more than {@code maxLine} bytes of one: a longer line is
 * passed over (only its first bytes kept, for the rejected log) and reported as too long, so that one 100 MB line
 * costs time but not memory. Lines end at {@code \n}; a {@code \r} before it is dropped. Bytes, not characters,
 * so that each line can be decoded on its own and a bad one does not spoil the next.
 */
final class LineReader {

    /** Bytes of an over-long line kept for the rejected log. */
    static final int KEPT_OF_LONG_LINE = 64 * 1024;

    /**
     * One line.
     *
     * @param number  1-based line number
     * @param offset  byte offset of its first byte in the stream
     * @param bytes   its bytes (a buffer reused by the next call: copy what must be kept)
     * @param length  how many of {@code bytes} are the line (for a too-long line, the first ones kept)
     * @param size    the line's true length in bytes
     * @param tooLong true when the line was longer than the limit and {@code bytes} holds only its start
     */
    record Line(long number, long offset, byte[] bytes, int length, long size, boolean tooLong) {
    }

    private final InputStream in;
    private final long maxLine;
    private final byte[] buffer = new byte[1 << 16];
    private int pos;
    private int limit;
    private byte[] line = new byte[1024];
    private long number;
    private long offset;

    LineReader(InputStream in, long maxLine) {
        this.in = in;
        this.maxLine = maxLine;
    }

    /** The number of the line being read or last read. */
    long lineNumber() {
        return number;
    }

    /** The byte offset reached in the stream. */
    long offset() {
        return offset;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        int length = 0;
        long size = 0;
        long start = offset;
        boolean any = false;
        while (true) {
            if (pos == limit) {
                limit = in.read(buffer, 0, buffer.length);
                pos = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (!any) {
                        return null;
                    }
                    number++;
                    return line(start, length, size);
                }
            }
            any = true;
            int end = pos;
            while (end < limit && buffer[end] != '\n') {
                end++;
            }
            int n = end - pos;
            // never hold more than maxLine bytes of one line; past that, only count
            int keep = (int) Math.max(0, Math.min(n, maxLine - length));
            if (keep > 0) {
                if (length + keep > line.length) {
                    line = Arrays.copyOf(line, Math.max(length + keep, (int) Math.min(maxLine, line.length * 2L)));
                }
                System.arraycopy(buffer, pos, line, length, keep);
                length += keep;
            }
            size += n;
            offset += n;
            if (end < limit) {
                pos = end + 1;
                offset++;
                number++;
                return line(start, length, size);
            }
            pos = limit;
        }
    }

    private Line line(long start, int length, long size) {
        boolean tooLong = size > maxLine;
        int kept = tooLong ? Math.min(length, KEPT_OF_LONG_LINE) : length;
        if (!tooLong && kept > 0 && line[kept - 1] == '\r') {
            kept--;
        }
        return new Line(number, start, line, kept, size, tooLong);
    }
}
