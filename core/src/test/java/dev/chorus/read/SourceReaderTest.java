package dev.chorus.read;

import dev.chorus.model.Problem;
import dev.chorus.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourceReaderTest {

    @TempDir
    Path dir;

    private final SourceReader reader = new SourceReader();

    @Test
    void readsEachFormatRecursivelyInNameOrderWithIdsFromFileNames() throws IOException {
        write("b/second.html", "<html><body><p>Harbour reopens</p></body></html>");
        write("a/first.txt", "Flood waters recede in Valdoria\n\nThe river fell overnight.");
        gzip("c/third.html.gz", "<html><body><p>Gzipped page</p></body></html>");
        write("d/notes.md", "not an article");

        SourceReader.Result result = reader.readAll(List.of(dir));

        assertEquals(List.of("first", "second", "third"), result.sources().stream().map(Source::id).toList());
        assertEquals(Source.Kind.TEXT, result.sources().get(0).kind());
        assertEquals(Source.Kind.HTML, result.sources().get(2).kind());
        assertTrue(result.sources().get(2).body().contains("Gzipped page"));
        assertEquals(List.of(), result.problems(), "unknown files inside a directory are skipped quietly");
    }

    @Test
    void mapsNewsPleaseFieldsOfAJsonRecord() throws IOException {
        write("story.json", """
                {"title": "Ferry strike ends", "maintext": "Crews returned to work on Friday.",
                 "date_publish": "2021-03-05 14:02:00", "source_domain": "coastwatch.example",
                 "url": "https://coastwatch.example/ferry", "language": "en",
                 "authors": ["Ana Pires", "Tom Hale"], "description": "A deal was reached."}
                """);
        Source source = reader.readAll(List.of(dir)).sources().getFirst();

        assertEquals("story", source.id(), "no id field: the file name");
        assertEquals(Source.Kind.RECORD, source.kind());
        assertEquals("Crews returned to work on Friday.", source.body());
        assertEquals("Ferry strike ends", source.metadata().title());
        assertEquals(LocalDate.of(2021, 3, 5), source.metadata().published());
        assertEquals("coastwatch.example", source.metadata().outlet());
        assertEquals(List.of("Ana Pires", "Tom Hale"), source.metadata().authors());
        assertEquals("en", source.metadata().language());
    }

    @Test
    void jsonLinesUseRecordIdsOrContentHashAndReportBadLinesByNumber() throws IOException {
        Path file = write("feed.jsonl", """
                {"id": "n1", "title": "One", "text": "First record text."}
                {"title": "Two", "maintext": "Second record text."}
                {not json
                
                {"id": "n4", "title": "No body"}
                """);
        SourceReader.Result result = reader.readAll(List.of(file));

        assertEquals(2, result.sources().size());
        assertEquals("n1", result.sources().get(0).id());
        assertTrue(result.sources().get(1).id().matches("[0-9a-f]{12}"), result.sources().get(1).id());
        assertEquals(file + ":2", result.sources().get(1).origin());
        assertEquals(2, result.problems().size());
        assertEquals(file + ":3", result.problems().get(0).origin());
        assertTrue(result.problems().get(0).reason().startsWith("invalid JSON"));
        assertEquals(file + ":5", result.problems().get(1).origin());
        assertTrue(result.problems().get(1).reason().contains("no text"));
    }

    @Test
    void multiNewsClustersGiveOneTextSourcePerDocumentAndBadLinesAreNamed() throws IOException {
        gzip("multinews.jsonl.gz", """
                {"id": "mn-7", "summary": "Two reports of the ferry strike.", "documents": ["Ferry crews walked out on Monday.\\nThe union called it a last resort.", "Ferry services stopped as crews struck over pay."]}
                {"id": "mn-8", "summary": "broken", "documents": ["Half a line
                {"id": "mn-9", "summary": "One blank document.", "documents": ["  ", "Bridge inspectors found cracks in the span."]}
                {"summary": "No id.", "documents": ["Harbour reopens after dredging."]}
                """);
        Path file = dir.resolve("multinews.jsonl.gz");

        SourceReader.Result result = reader.readAll(List.of(file));

        List<String> ids = result.sources().stream().map(Source::id).toList();
        assertEquals(List.of("mn-7/0", "mn-7/1", "mn-9/1"), ids.subList(0, 3), "index counts every document");
        assertTrue(ids.get(3).matches("[0-9a-f]{12}/0"), "no cluster id: a hash of the line, " + ids.get(3));
        Source first = result.sources().getFirst();
        assertEquals(Source.Kind.TEXT, first.kind(), "documents are scraped plain text");
        assertEquals("Ferry crews walked out on Monday.\nThe union called it a last resort.", first.body());
        assertEquals(file + ":1[0]", first.origin());
        assertEquals(List.of(file + ":2", file + ":3"), result.problems().stream().map(Problem::origin).toList());
        assertTrue(result.problems().get(0).reason().startsWith("invalid JSON"), result.problems().toString());
        assertTrue(result.problems().get(1).reason().contains("mn-9/0 is empty"), result.problems().toString());
    }

    @Test
    void aJsonFileHoldingOneClusterIsReadTheSameWay() throws IOException {
        write("cluster.json", "{\"documents\": [\"Flood waters recede.\", \"The river fell overnight.\"]}");
        assertEquals(List.of("cluster/0", "cluster/1"),
                reader.readAll(List.of(dir)).sources().stream().map(Source::id).toList(), "no id: the file name");
    }

    @Test
    void badFilesAreReportedAndTheRestIsStillRead() throws IOException {
        write("empty.txt", "  \n");
        Files.write(dir.resolve("image.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2});
        write("broken.json", "{\"title\": \"Half");
        Files.write(dir.resolve("fake.txt.gz"), "not gzip at all".getBytes(StandardCharsets.US_ASCII));
        write("good.txt", "Bridge inspection finds cracks\n\nEngineers closed the span.");
        Path missing = dir.resolve("missing.txt");

        SourceReader.Result result = reader.readAll(List.of(dir, missing));

        assertEquals(List.of("good"), result.sources().stream().map(Source::id).toList());
        assertEquals(5, result.problems().size(), result.problems().toString());
        assertTrue(result.problems().stream().allMatch(Problem::rejected));
        assertTrue(reasonFor(result, "empty.txt").contains("empty"));
        assertTrue(reasonFor(result, "image.html").contains("binary"));
        assertTrue(reasonFor(result, "broken.json").contains("invalid JSON"));
        assertTrue(reasonFor(result, "fake.txt.gz").contains("gzip"));
        assertTrue(reasonFor(result, "missing.txt").contains("no such file"));
    }

    @Test
    void aWebAddressIsRejectedWithWhatToUseInstead() {
        Problem problem = reader.readAll(List.of(Path.of("https://example.org/news/feed.xml"))).problems().getFirst();
        assertEquals("https://example.org/news/feed.xml", problem.origin());
        assertTrue(problem.reason().contains("a web address") && problem.reason().contains("chorus watch"),
                problem.reason());
    }

    @Test
    void namedFileOfUnknownTypeIsRejected() throws IOException {
        Path file = write("slides.pdf", "%PDF-1.4");
        Problem problem = reader.readAll(List.of(file)).problems().getFirst();
        assertTrue(problem.reason().contains("unsupported file type"));
    }

    @Test
    void latin1TextIsDecodedWithAWarning() throws IOException {
        Path file = dir.resolve("cafe.txt");
        Files.write(file, "Le café de Montréal rouvre\n\nLes clients sont revenus.".getBytes(Charset.forName("ISO-8859-1")));
        SourceReader.Result result = reader.readAll(List.of(file));

        assertTrue(result.sources().getFirst().body().startsWith("Le café de Montréal"));
        assertEquals(1, result.problems().size());
        assertFalse(result.problems().getFirst().rejected());
    }

    @Test
    void duplicateIdsAreMadeUnique() throws IOException {
        write("x/report.txt", "One\n\nBody one.");
        write("y/report.html", "<p>Body two.</p>");
        SourceReader.Result result = reader.readAll(List.of(dir));
        assertEquals(List.of("report", "report-2"), result.sources().stream().map(Source::id).toList());
    }

    private String reasonFor(SourceReader.Result result, String fileName) {
        return result.problems().stream().filter(p -> p.origin().endsWith(fileName)).findFirst()
                .orElseThrow(() -> new AssertionError("no problem for " + fileName + " in " + result.problems()))
                .reason();
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    private void gzip(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
    }
}
