package dev.chorus.read;

import java.io.IOException;

/**
 * Reads one input of one format into sources. Implementations stream: they hold at most one record (bounded by
 * {@link ReadLimits#maxRecordBytes}) in memory. A bad record is reported to the {@link Sink} and reading goes
 * on; an {@link IOException} means the input cannot be read further, and what was emitted before stands.
 */
public interface FormatReader {

    /** Reads {@code input}, sending each source, warning and rejected record to {@code sink}. */
    void read(Input input, Sink sink) throws IOException;
}
