package dev.chorus.read;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * One input as a format reader gets it.
 *
 * @param origin      how messages name it: the path as given, or {@code -} for standard input
 * @param baseName    the file name without format and compression extensions: the id of a one-article input
 * @param path        the file, for readers that seek (WARC recovery); null for standard input
 * @param compression how the file is compressed
 * @param stream      the decompressed bytes, capped at {@link ReadLimits#maxInputBytes}; the reader need not close it
 * @param named       true when the user named this input itself (not found inside a directory)
 */
public record Input(String origin, String baseName, Path path, Compression compression, InputStream stream,
                    boolean named) {
}
