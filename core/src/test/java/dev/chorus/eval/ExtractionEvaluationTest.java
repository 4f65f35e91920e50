package dev.chorus.eval;

import dev.chorus.extract.HtmlExtractor;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtractionEvaluationTest {

    /** Floors a little under the measured F1 0.984 / precision 0.985, so real regressions fail. */
    private static final double F1_FLOOR = 0.975;
    private static final double PRECISION_FLOOR = 0.97;

    @Test
    void aggregatesLikeTheBenchmark() {
        List<ExtractionEvaluation.PageScore> pages = List.of(
                new ExtractionEvaluation.PageScore("a", null, ExtractionScore.of("a b c d e", "a b c d e")),
                new ExtractionEvaluation.PageScore("b", null, ExtractionScore.of("a b c d e", "a b c d x")),
                new ExtractionEvaluation.PageScore("c", null, ExtractionScore.of("a b c d e", "")));
        ExtractionEvaluation.Report r = ExtractionEvaluation.summarise(pages, 10, 20);
        assertEquals((1 + 0.5) / 2, r.precision(), 1e-9, "page c has no prediction and is left out");
        assertEquals((1 + 0.5 + 0) / 3, r.recall(), 1e-9);
        assertEquals(2 * r.precision() * r.recall() / (r.precision() + r.recall()), r.f1(), 1e-9);
        assertEquals(1.0 / 3, r.accuracy(), 1e-9);
        String text = r.toText(2);
        assertTrue(text.contains("worst 2 pages"), text);
        assertTrue(text.contains("  c  "), "the worst page is listed: " + text);
    }

    @Test
    void runsOnABenchmarkDirectory(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("html"));
        String body = "The ferry to the outer islands will run twice a day from Monday, the harbour trust said, "
                + "after a winter timetable that left some villages without a boat for three days at a time.";
        gzip(dir.resolve("html/p1.html.gz"), "<html><body><nav><a href='/'>Home</a></nav><article><p>" + body
                + "</p></article></body></html>");
        Files.writeString(dir.resolve("ground-truth.json"),
                "{\"p1\": {\"articleBody\": \"" + body + "\", \"url\": \"https://ferry.example/p1\"}}");
        ExtractionEvaluation.Report r = new ExtractionEvaluation(new HtmlExtractor()).run(dir);
        assertEquals(1, r.pages().size());
        assertEquals(1.0, r.f1(), 1e-9);
        assertEquals(1.0, r.accuracy(), 1e-9);
        assertTrue(r.pagesPerSec() > 0);
        assertTrue(r.cpuPagesPerSec() > 0);
    }

    @Test
    void sharedBenchmarkStaysAboveFloor() throws IOException {
        Path dir = repoRoot().resolve("../shared/bench/extraction").normalize();
        Assumptions.assumeTrue(Files.isRegularFile(dir.resolve("ground-truth.json")),
                "extraction benchmark not found at " + dir + "; skipping");
        ExtractionEvaluation.Report r = new ExtractionEvaluation(new HtmlExtractor()).run(dir);
        System.out.print(r.toText());
        assertEquals(181, r.pages().size());
        assertTrue(r.f1() >= F1_FLOOR, "F1 " + r.f1() + " fell below " + F1_FLOOR);
        assertTrue(r.precision() >= PRECISION_FLOOR, "precision " + r.precision() + " fell below " + PRECISION_FLOOR);
    }

    /** The repository root: the directory above the module that Maven runs the tests in. */
    private static Path repoRoot() {
        Path here = Path.of("").toAbsolutePath();
        return Files.isRegularFile(here.resolve("mvnw")) ? here : here.getParent();
    }

    private static void gzip(Path file, String text) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
