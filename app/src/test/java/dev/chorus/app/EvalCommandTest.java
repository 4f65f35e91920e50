package dev.chorus.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvalCommandTest {

    @TempDir
    Path tmp;

    @Test
    void scoresABenchmarkDirectoryAndListsWorstPages() throws IOException {
        Files.createDirectories(tmp.resolve("html"));
        String body = "Lifeboat crews rescued four sailors from a yacht that lost its mast in a storm off Cape Varn on Sunday night. "
                + "The sailors were taken to hospital in Port Elder with mild hypothermia, the coastguard said.";
        gzip(tmp.resolve("html/p1.html.gz"), "<html><body><nav>Home News Sport</nav><article><h1>Yacht rescue</h1><p>"
                + body.replace(". The", ".</p><p>The") + "</p></article><footer>Copyright</footer></body></html>");
        Files.writeString(tmp.resolve("ground-truth.json"),
                "{\"p1\": {\"articleBody\": \"" + body + "\", \"url\": \"https://example.org/p1\"}}");

        CliRunner run = CliRunner.run("eval", "extraction", tmp.toString());

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("F1"), run.out());
        assertTrue(run.out().matches("(?s).*precision\\s+1\\.0000.*"), run.out());
        assertTrue(run.out().contains("p1"), "worst pages are listed");
    }

    @Test
    void aDirectoryThatIsNotABenchmarkIsAUsageError() {
        CliRunner run = CliRunner.run("eval", "extraction", tmp.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("not an extraction benchmark"), run.err());
    }

    @Test
    void clusteringScoresMultiNewsClustersAndSaysTheSeed() throws IOException {
        Path file = tmp.resolve("clusters.jsonl.gz");
        gzip(file, """
                {"id": "ferry", "summary": "s", "documents": ["Ferry crews on the Marren line walked out on Monday over pay, stopping every crossing to the islands. The union said the strike would last two days.", "Crossings to the islands stopped on Monday as Marren line ferry crews walked out in a dispute over pay, the union said."]}
                {"id": "bridge", "summary": "s", "documents": ["Inspectors closed the Harlow Street bridge after finding cracks in two of its steel girders during a routine check."]}
                """);

        CliRunner run = CliRunner.run("eval", "clustering", file.toString(), "--seed", "7");

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("2 clusters, 3 documents, shuffled with seed 7"), run.out());
        assertTrue(run.out().matches("(?s).*B-cubed\\s+precision 1\\.0000\\s+recall 1\\.0000\\s+F1 1\\.0000.*"), run.out());
        assertTrue(run.out().contains("pairwise"), run.out());
        assertTrue(run.out().contains("articles/s"), run.out());
    }

    @Test
    void clusteringOfAMissingFileIsOneLineAndExitTwo() {
        CliRunner run = CliRunner.run("eval", "clustering", tmp.resolve("nope.jsonl.gz").toString());
        assertEquals(2, run.exit());
        assertEquals("chorus: " + tmp.resolve("nope.jsonl.gz") + ": no such file", run.err().strip());
    }

    @Test
    void clusteringOfAFileOfArticlesIsAUsageError() throws IOException {
        Path file = tmp.resolve("articles.jsonl");
        Files.writeString(file, "{\"id\": \"a1\", \"text\": \"Harbour reopens after dredging.\"}\n");
        CliRunner run = CliRunner.run("eval", "clustering", file.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("not a Multi-News cluster"), run.err());
    }

    @Test
    void clusteringOnTheSharedValidationSet() {
        Path file = CliRunner.repo().resolve("../shared/bench/multinews/multinews-val-1000.jsonl.gz").normalize();
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(file), "shared Multi-News not present at " + file + "; skipped");
        CliRunner run = CliRunner.run("eval", "clustering", file.toString());
        assertTrue(run.exit() <= 1, run.err());
        assertTrue(run.out().contains("1000 clusters"), run.out());
    }

    private static void gzip(Path file, String content) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
    }
}
