package dev.chorus.read;

import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.zstandard.ZstdCompressorInputStream;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * The compressions Chorus undoes, recognised by their magic bytes (a gzip file without {@code .gz} is still
 * gzip) or by file name. gzip is the JDK's, multi-member as WARC.gz and {@code cat a.gz b.gz} need; bzip2
 * (concatenated streams too) is Apache Commons Compress's; zstd is libzstd through zstd-jni.
 */
public enum Compression {
    NONE(""),
    GZIP(".gz"),
    BZIP2(".bz2"),
    ZSTD(".zst");

    private final String extension;

    Compression(String extension) {
        this.extension = extension;
    }

    /** The file-name suffix, ".gz"; empty for {@link #NONE}. */
    public String extension() {
        return extension;
    }

    /** The compression whose magic bytes start {@code head} (first {@code n} bytes), else {@link #NONE}. */
    static Compression sniff(byte[] head, int n) {
        if (n >= 3 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b && head[2] == 8) {
            return GZIP;
        }
        if (n >= 4 && head[0] == 'B' && head[1] == 'Z' && head[2] == 'h' && head[3] >= '1' && head[3] <= '9') {
            return BZIP2;
        }
        if (n >= 4 && (head[0] & 0xff) == 0x28 && (head[1] & 0xff) == 0xb5 && (head[2] & 0xff) == 0x2f
                && (head[3] & 0xff) == 0xfd) {
            return ZSTD;
        }
        return NONE;
    }

    /**
     * {@code in} decompressed as its first bytes say (plain when they name no compression), for callers outside
     * the reader that read an input file again. {@code in} must support {@link InputStream#mark}.
     */
    public static InputStream decompressed(InputStream in) throws IOException {
        in.mark(4);
        byte[] head = in.readNBytes(4);
        in.reset();
        return sniff(head, head.length).open(in);
    }

    /** The compression a file name claims by its last extension ({@code .gz, .bz2, .zst, .zstd}), else NONE. */
    static Compression ofName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".gz")) {
            return GZIP;
        }
        if (lower.endsWith(".bz2")) {
            return BZIP2;
        }
        if (lower.endsWith(".zst") || lower.endsWith(".zstd")) {
            return ZSTD;
        }
        return NONE;
    }

    /** {@code fileName} without the extension of {@link #ofName}. */
    static String strip(String fileName) {
        Compression c = ofName(fileName);
        if (c == NONE) {
            return fileName;
        }
        return fileName.substring(0, fileName.length() - (fileName.toLowerCase(Locale.ROOT).endsWith(".zstd") ? 5
                : c.extension.length()));
    }

    /** A stream of the decompressed bytes of {@code in}. */
    InputStream open(InputStream in) throws IOException {
        return switch (this) {
            case NONE -> in;
            case GZIP -> new GZIPInputStream(in, 1 << 16);
            case BZIP2 -> new BZip2CompressorInputStream(in, true);
            case ZSTD -> {
                try {
                    yield new ZstdCompressorInputStream(in);
                } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
                    throw new IOException("zstd is not available on this platform (zstd-jni has no native library "
                            + "for it): " + e.getMessage());
                }
            }
        };
    }

    /** "gzip", "bzip2", "zstd". */
    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
