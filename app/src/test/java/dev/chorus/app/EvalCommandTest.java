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

    private static void gzip(Path file, String content) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
    }
}
