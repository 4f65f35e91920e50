package dev.chorus.read;

import dev.chorus.model.Problem;
import dev.chorus.model.Source;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Where a {@link FormatReader} sends what it finds: sources, warnings, rejected records (each also written, with
 * a bounded copy of its raw bytes, to the {@link RejectedLog} when there is one), and records skipped because they
 * are not articles (a WARC request record, an image response), which are only counted.
 */
public final class Sink {

    private final Consumer<Source> sources;
    private final Consumer<Problem> problems;
    private final RejectedLog log;
    private final ReadLimits limits;
    private final LongConsumer position;
    private final Map<String, Long> skipped = new TreeMap<>();
    private long emitted;
    private long rejected;

    Sink(Consumer<Source> sources, Consumer<Problem> problems, RejectedLog log, ReadLimits limits,
         LongConsumer position) {
        this.position = position;
        this.sources = sources;
        this.problems = problems;
        this.log = log;
        this.limits = limits;
    }

    /** The limits readers must keep to. */
    public ReadLimits limits() {
        return limits;
    }

    /** An article found. */
    public void source(Source source) {
        emitted++;
        sources.accept(source);
    }

    /** A record used with a caveat. */
    public void warning(String origin, String reason) {
        problems.accept(Problem.warning(origin, reason));
    }

    /** A record (or the rest of an input) left out; {@code raw} is its bytes as read, or null. */
    public void rejected(String origin, String reason, byte[] raw, int rawLength) {
        rejected(origin, reason, raw, rawLength, rawLength);
    }

    /**
     * A record left out of which only the first {@code rawLength} bytes are at hand in {@code raw}, of
     * {@code size} in all (an over-long line).
     */
    public void rejected(String origin, String reason, byte[] raw, int rawLength, long size) {
        rejected++;
        Problem problem = Problem.rejected(origin, reason);
        problems.accept(problem);
        if (log != null) {
            log.write(problem, raw, rawLength, size);
        }
    }

    /** A record left out, with no raw copy. */
    public void rejected(String origin, String reason) {
        rejected(origin, reason, null, 0);
    }

    /** A record left out, with its raw text. */
    public void rejected(String origin, String reason, String raw) {
        byte[] bytes = raw == null ? null : raw.getBytes(StandardCharsets.UTF_8);
        rejected(origin, reason, bytes, bytes == null ? 0 : bytes.length);
    }

    /**
     * How far into its file a reader that does not read through {@link Input#stream} has come, in bytes of the
     * file as stored (for the progress bar).
     */
    public void position(long bytes) {
        position.accept(bytes);
    }

    /** A record that is not an article (a WARC request, an image), counted under {@code kind}. */
    public void skipped(String kind) {
        skipped.merge(kind, 1L, Long::sum);
    }

    long emitted() {
        return emitted;
    }

    long rejectedCount() {
        return rejected;
    }

    Map<String, Long> skippedCounts() {
        return skipped;
    }
}
