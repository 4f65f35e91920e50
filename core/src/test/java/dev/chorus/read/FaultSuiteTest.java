package dev.chorus.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chorus.model.Problem;
import dev.chorus.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Broken input of the kinds real crawls hold. Each case ends with every good record used exactly once, every bad
 * one reported with where it is and why, and the same bad ones in the rejected log.
 */
class FaultSuiteTest {

    @TempDir
    Path dir;

    private static final Instant CRAWLED = Instant.parse("2021-03-09T23:40:00Z");
    private final ObjectMapper json = new ObjectMapper();

    /** What one read gave, and the rejected log it wrote. */
    private record Run(List<Source> sources, List<Problem> problems, List<JsonNode> log) {
        List<String> ids() {
            return sources.stream().map(Source::id).toList();
        }

        List<Problem> rejected() {
            return problems.stream().filter(Problem::rejected).toList();
        }
    }

    private Run read(SourceReader reader, Path... paths) throws IOException {
        Path logFile = dir.resolve("rejected/rejected.jsonl");
        List<Source> sources = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try (RejectedLog log = RejectedLog.open(logFile)) {
            reader.withRejectedLog(log).read(List.of(paths), sources::add, problems::add);
        }
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(logFile)) {
            lines.add(json.readTree(line));
        }
        Files.delete(logFile);
        Run run = new Run(sources, problems, lines);
        assertEquals(run.rejected().stream().map(Problem::origin).toList(),
                lines.stream().map(l -> l.get("origin").asText()).toList(), "every rejection is in the log, in order");
        assertEquals(run.ids().stream().distinct().count(), run.ids().size(), "no record used twice");
        return run;
    }

    private static String record(String id) {
        return "{\"id\": \"" + id + "\", \"title\": \"Story " + id + "\", \"maintext\": \"The council met on Monday about "
                + id + ".\"}\n";
    }

    @Test
    void truncatedGzipKeepsTheLinesBeforeTheCutAndNamesTheLineItCut() throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(gz)) {
            for (int i = 1; i <= 200; i++) {
                out.write(record("r" + i).getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] whole = gz.toByteArray();
        Path cut = Files.write(dir.resolve("a-cut.jsonl.gz"), Arrays.copyOf(whole, whole.length * 2 / 3));
        Path good = Files.write(dir.resolve("b-good.jsonl"), record("after").getBytes(StandardCharsets.UTF_8));

        Run run = read(new SourceReader(), cut, good);

        assertTrue(run.ids().size() > 50 && run.ids().size() < 200, "a prefix of the lines: " + run.ids().size());
        int read = run.ids().size() - 1;
        assertEquals("r" + read, run.ids().get(read - 1), "the lines before the cut, in order");
        assertEquals("after", run.ids().getLast(), "the next input is still read");
        Problem problem = run.rejected().getFirst();
        assertEquals(cut + ":" + (read + 1), problem.origin(), "the line the cut fell in");
        assertTrue(problem.reason().contains("truncated"), problem.reason());
        assertEquals(read + 1, run.log().getFirst().get("line").asInt());
        assertEquals(1, run.rejected().size());
    }

    @Test
    void corruptGzipMemberInAWarcLosesOnlyThatRecord() throws IOException {
        List<Samples.Capture> pages = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            pages.add(Samples.Capture.html("https://valdoria.example/story-" + i, CRAWLED,
                    Samples.page("Story " + i, "2021-03-0" + (i + 1), "Paragraph of story number " + i + ".")));
        }
        Path warc = Samples.warc(dir.resolve("crawl.warc.gz"), true, pages);
        byte[] bytes = Files.readAllBytes(warc);
        // flip bytes in the middle of the third response's member: its deflate data no longer decodes
        int third = indexOfMember(bytes, 2 * 2 + 2); // metadata, then a request and a response per page
        int next = indexOfMember(bytes, 2 * 2 + 3);
        for (int i = third + 30; i < third + 60 && i < next; i++) {
            bytes[i] ^= (byte) 0x5a;
        }
        Files.write(warc, bytes);

        Run run = read(new SourceReader(), warc);

        assertEquals(List.of(0, 1, 3, 4), run.sources().stream()
                .map(s -> Integer.parseInt(s.metadata().url().replaceAll("\\D+", ""))).toList());
        assertEquals(1, run.rejected().size(), run.problems().toString());
        Problem broken = run.rejected().getFirst();
        assertEquals(warc + "@" + third, broken.origin(), "the broken record's offset in the file");
        assertTrue(broken.reason().contains("broken WARC record"), broken.reason());
        assertEquals(third, run.log().getFirst().get("offset").asLong());
    }

    @Test
    void truncatedWarcKeepsTheRecordsBeforeTheCut() throws IOException {
        List<Samples.Capture> pages = List.of(
                Samples.Capture.html("https://valdoria.example/one", CRAWLED, Samples.page("One", "2021-03-01", "First.")),
                Samples.Capture.html("https://valdoria.example/two", CRAWLED, Samples.page("Two", "2021-03-02", "Second.")));
        Path warc = Samples.warc(dir.resolve("crawl.warc"), false, pages);
        byte[] bytes = Files.readAllBytes(warc);
        Files.write(warc, Arrays.copyOf(bytes, bytes.length - 200)); // the last response loses its end

        Run run = read(new SourceReader(), warc);

        assertEquals(List.of("https://valdoria.example/one"), run.sources().stream().map(s -> s.metadata().url()).toList());
        assertEquals(1, run.rejected().size(), run.problems().toString());
        assertTrue(run.rejected().getFirst().origin().matches(".*crawl\\.warc@\\d+"));
    }

    @Test
    void invalidUtf8IsDecodedWithAWarningAndBinaryGarbageIsRejected() throws IOException {
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        lines.write(record("utf8").getBytes(StandardCharsets.UTF_8));
        lines.write(record("caf\u00e9-latin1").getBytes(Charset.forName("ISO-8859-1")));
        lines.write(new byte[] {'{', 0, 1, 2, (byte) 0xff, (byte) 0xfe, 0, '}', '\n'});
        lines.write(record("last").getBytes(StandardCharsets.UTF_8));
        Path file = Files.write(dir.resolve("mixed.jsonl"), lines.toByteArray());

        Run run = read(new SourceReader(), file);

        assertEquals(List.of("utf8", "caf\u00e9-latin1", "last"), run.ids());
        assertEquals(List.of(file + ":2"), run.problems().stream().filter(p -> !p.rejected()).map(Problem::origin).toList());
        assertEquals(List.of(file + ":3"), run.rejected().stream().map(Problem::origin).toList());
        assertTrue(run.log().getFirst().has("raw_base64"), "binary raw bytes are kept as base64");
    }

    @Test
    void aHundredMegabyteJsonLineIsRejectedWithoutHoldingItAndTheLinesAroundItAreRead() throws IOException {
        Path file = dir.resolve("huge.jsonl");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(record("before").getBytes(StandardCharsets.UTF_8));
            out.write("{\"id\": \"huge\", \"maintext\": \"".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = "Lorem ipsum dolor sit amet. ".repeat(1024).getBytes(StandardCharsets.US_ASCII);
            for (long written = 0; written < 100L << 20; written += chunk.length) {
                out.write(chunk);
            }
            out.write("\"}\n".getBytes(StandardCharsets.US_ASCII));
            out.write(record("after").getBytes(StandardCharsets.UTF_8));
        }

        Run run = read(new SourceReader(), file);

        assertEquals(List.of("before", "after"), run.ids());
        Problem huge = run.rejected().getFirst();
        assertEquals(file + ":2", huge.origin());
        assertTrue(huge.reason().contains("longer than the limit of 16 MiB"), huge.reason());
        JsonNode logged = run.log().getFirst();
        assertTrue(logged.get("raw_truncated").asBoolean());
        assertTrue(logged.get("raw").asText().length() <= LineReader.KEPT_OF_LONG_LINE);
        assertTrue(logged.get("raw_bytes").asLong() > 100L << 20, "the true size of the line");
    }

    @Test
    void aGzipBombStopsAtTheDecompressionLimit() throws IOException {
        Path bomb = dir.resolve("bomb.txt.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(bomb))) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                out.write(zeros); // 64 MiB of zeros in about 64 KiB
            }
        }
        Path good = Files.writeString(dir.resolve("good.txt"), "Bridge reopens\n\nEngineers reopened the span.");

        Run run = read(new SourceReader().withLimits(new ReadLimits(1 << 20, 8L << 20)), bomb, good);

        assertEquals(List.of("good"), run.ids());
        assertTrue(run.rejected().getFirst().reason().contains("larger than the limit of 1 MiB"),
                run.rejected().toString());
    }

    @Test
    void aGarbageFeedIsRejectedAndABrokenItemLosesOnlyItself() throws IOException {
        Path garbage = Files.writeString(dir.resolve("a-garbage.xml"),
                "<?xml version=\"1.0\"?><error><code>503</code>Service Unavailable</error> <<<>>> &&& ]]>");
        Path binary = Files.write(dir.resolve("b-binary.rss"), new byte[] {'<', 'r', 's', 's', 0, 0, 1, (byte) 0xff});
        Path partly = Files.writeString(dir.resolve("c-partly.rss"), """
                <rss version="2.0"><channel><title>Herald</title>
                <item><title>Good</title><link>https://h.example/good</link><description>Ferries run again.</description></item>
                <item><title>Broken & unescaped <b>tags</title><link>https://h.example/broken</link></item>
                <item><title>Also good</title><link>https://h.example/also</link><description>Dredging starts.</description>
                """);

        Run run = read(new SourceReader(), garbage, binary, partly);

        assertEquals(List.of("https://h.example/good", "https://h.example/also"),
                run.sources().stream().map(s -> s.metadata().url()).toList());
        assertEquals(List.of(garbage.toString(), binary.toString(), partly + "[1]"),
                run.rejected().stream().map(Problem::origin).toList());
        assertTrue(run.rejected().get(0).reason().contains("not an RSS or Atom feed"), run.rejected().toString());
        assertTrue(run.rejected().get(1).reason().contains("binary"), run.rejected().toString());
        assertFalse(run.log().get(2).get("raw").asText().isEmpty(), "the broken item's XML is kept");
    }

    /** Offset of the {@code n}-th gzip member (from 0) in {@code bytes}, found by its header. */
    private static int indexOfMember(byte[] bytes, int n) {
        int seen = -1;
        for (int i = 0; i + 2 < bytes.length; i++) {
            if ((bytes[i] & 0xff) == 0x1f && (bytes[i + 1] & 0xff) == 0x8b && bytes[i + 2] == 8 && ++seen == n) {
                return i;
            }
        }
        throw new AssertionError("no member " + n);
    }
}
