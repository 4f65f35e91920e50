package dev.chorus.read;

/**
 * Bounds on what one input may cost, so that a zip bomb or a mislabelled dump cannot exhaust memory: nothing
 * larger than {@code maxRecordBytes} is ever held in memory at once, and no input is decompressed beyond
 * {@code maxInputBytes}. Nothing is written to disk while reading.
 *
 * @param maxRecordBytes largest record kept: a whole .txt/.html/.json file or feed, one JSONL line, one WARC
 *                       payload; a larger one is rejected with that reason and the rest of the input is read
 * @param maxInputBytes  most bytes one input may decompress to (or be, uncompressed); past it, reading that input
 *                       stops with a rejection, and what was read before is kept
 */
public record ReadLimits(long maxRecordBytes, long maxInputBytes) {

    /** 16 MiB a record (a news page is rarely over 2 MiB), 64 GiB an input (a Common Crawl News WARC is ~5 GB). */
    public static final ReadLimits DEFAULTS = new ReadLimits(16L << 20, 64L << 30);

    public ReadLimits {
        if (maxRecordBytes < 1024 || maxInputBytes < maxRecordBytes) {
            throw new IllegalArgumentException("need 1 KiB <= maxRecordBytes <= maxInputBytes, got "
                    + maxRecordBytes + " and " + maxInputBytes);
        }
    }

    /** A size in words: "16 MiB". */
    static String size(long bytes) {
        if (bytes >= 1L << 30 && bytes % (1L << 30) == 0) {
            return (bytes >> 30) + " GiB";
        }
        if (bytes >= 1L << 20) {
            return (bytes >> 20) + " MiB";
        }
        return bytes >= 1024 ? (bytes >> 10) + " KiB" : bytes + " bytes";
    }
}
