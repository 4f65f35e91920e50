package dev.chorus.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.chorus.model.Problem;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An append-only JSONL file with one line per rejected record, so that nothing is lost silently: each can be
 * inspected, fixed and fed again. A line is
 * <pre>{"time": "2025-05-01T09:12:03Z", "origin": "feeds/day1.jsonl:17", "file": "feeds/day1.jsonl", "line": 17,
 *  "reason": "invalid JSON: ...", "raw": "{\"title\": ...", "raw_bytes": 212}</pre>
 * with {@code offset} (bytes into the decompressed input; into the file for a WARC.gz record) instead of
 * {@code line} where records have no lines, {@code raw_base64} instead of {@code raw} for bytes that are not
 * UTF-8 text, and {@code raw_truncated: true} when only the first {@link #MAX_RAW_BYTES} were kept. Records with
 * no raw bytes at hand (a file that cannot be opened) have no raw field. Each line is flushed as written, so a
 * killed run keeps what it logged; lines from several threads do not interleave.
 */
public final class RejectedLog implements Closeable {

    /** Most raw bytes copied per record: a typical JSON line or page whole, never a 100 MB line. */
    public static final int MAX_RAW_BYTES = 1 << 20;

    /** {@code path:line}, with an optional {@code [index]} for one document of a cluster line. */
    private static final Pattern LINE = Pattern.compile("(.+):(\\d+)(\\[\\d+])?");
    /** {@code path@offset}. */
    private static final Pattern OFFSET = Pattern.compile("(.+)@(\\d+)");

    private final OutputStream out;
    private final Path path;
    private final Clock clock;
    private final JsonFactory json = new JsonFactory();
    private long written;

    private RejectedLog(OutputStream out, Path path, Clock clock) {
        this.out = out;
        this.path = path;
        this.clock = clock;
    }

    /** Opens {@code file} for appending, creating it and its directories when missing. */
    public static RejectedLog open(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return new RejectedLog(Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                StandardOpenOption.WRITE), file, Clock.systemUTC());
    }

    /** A log writing to {@code out} with times from {@code clock} (for tests). */
    static RejectedLog to(OutputStream out, Clock clock) {
        return new RejectedLog(out, null, clock);
    }

    /** The file written, or null for a log on a stream. */
    public Path path() {
        return path;
    }

    /** Logs {@code problem} with the first {@code length} bytes of {@code raw} (null: none). */
    public void write(Problem problem, byte[] raw, int length) {
        write(problem, raw, length, length);
    }

    /**
     * Logs {@code problem} with the first {@code length} bytes of {@code raw} (null: none), which are the start
     * of a record of {@code size} bytes (more than {@code length} when the caller kept only its start).
     */
    public synchronized void write(Problem problem, byte[] raw, int length, long size) {
        try {
            StringWriter line = new StringWriter(256 + Math.min(length, MAX_RAW_BYTES) * 2);
            try (JsonGenerator g = json.createGenerator(line)) {
                g.writeStartObject();
                g.writeStringField("time", Instant.now(clock).toString());
                g.writeStringField("origin", problem.origin());
                location(g, problem.origin());
                g.writeStringField("reason", problem.reason());
                if (raw != null) {
                    int kept = Math.min(length, MAX_RAW_BYTES);
                    String text = kept == length ? utf8(raw, kept) : utf8Prefix(raw, kept);
                    if (text != null) {
                        g.writeStringField("raw", text);
                    } else {
                        g.writeStringField("raw_base64", Base64.getEncoder().encodeToString(
                                java.util.Arrays.copyOf(raw, kept)));
                    }
                    g.writeNumberField("raw_bytes", Math.max(size, length));
                    if (kept < size) {
                        g.writeBooleanField("raw_truncated", true);
                    }
                }
                g.writeEndObject();
            }
            line.write('\n');
            out.write(line.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            written++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the rejected log: " + e.getMessage(), e);
        }
    }

    /** Logs {@code problem} with {@code raw} text (null: none). */
    public void write(Problem problem, String raw) {
        byte[] bytes = raw == null ? null : raw.getBytes(StandardCharsets.UTF_8);
        write(problem, bytes, bytes == null ? 0 : bytes.length);
    }

    /** How many records this log has written since it was opened. */
    public synchronized long written() {
        return written;
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }

    private static void location(JsonGenerator g, String origin) throws IOException {
        Matcher m = LINE.matcher(origin);
        if (m.matches()) {
            g.writeStringField("file", m.group(1));
            g.writeNumberField("line", Long.parseLong(m.group(2)));
            return;
        }
        m = OFFSET.matcher(origin);
        if (m.matches()) {
            g.writeStringField("file", m.group(1));
            g.writeNumberField("offset", Long.parseLong(m.group(2)));
            return;
        }
        g.writeStringField("file", origin.replaceFirst("\\[\\d+]$", ""));
    }

    /** The bytes as text when they are valid UTF-8 and not binary, else null. */
    private static String utf8(byte[] raw, int length) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(raw, 0, length)).toString();
            return TextDecoder.looksBinary(s.getBytes(StandardCharsets.UTF_8)) ? null : s;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** As {@link #utf8}, for a prefix that may end inside a multi-byte character. */
    private static String utf8Prefix(byte[] raw, int length) {
        for (int cut = 0; cut < 4 && cut < length; cut++) {
            String s = utf8(raw, length - cut);
            if (s != null) {
                return s;
            }
        }
        return null;
    }
}
