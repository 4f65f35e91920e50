package dev.chorus.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
        assertTrue(run.out().contains("2 clusters, 3 documents, shuffled with seed 7 (none is dated"), run.out());
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
    void clusteringOfAFileOfUnlabelledArticlesIsAUsageError() throws IOException {
        Path file = tmp.resolve("articles.jsonl");
        Files.writeString(file, "{\"id\": \"a1\", \"text\": \"Harbour reopens after dredging.\"}\n");
        CliRunner run = CliRunner.run("eval", "clustering", file.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("no true story for article a1"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }

    @Test
    void clusteringScoresDatedArticlesThatNameTheirStory() throws IOException {
        // the same words seven weeks apart: the dates this layout carries keep the two strikes apart
        String strike = "Ferry crews on the Marren line walked out over pay, stopping every crossing to the islands, "
                + "and the union said the strike would last two days.";
        Path file = tmp.resolve("stream.jsonl");
        Files.writeString(file, String.join("\n",
                record("m1", "2024-03-04", "Marren ferry crews strike over pay", strike, "march-strike"),
                record("m2", "2024-03-04", "Marren line crossings stopped by pay strike", strike.replace("walked out", "stopped work"), "march-strike"),
                record("a1", "2024-04-22", "Marren ferry crews strike again", strike.replace("two", "three"), "april-strike"),
                record("a2", "2024-04-23", "Second Marren ferry strike in two months", strike.replace("over pay", "over pay and rotas"), "april-strike"))
                + "\n");

        CliRunner run = CliRunner.run("eval", "clustering", file.toString(), "--no-embeddings");

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("2 clusters, 4 documents"), run.out());
        assertTrue(run.out().contains("4 of the articles dated, taken in publication order"), run.out());
        assertTrue(run.out().matches("(?s).*B-cubed\\s+precision 1\\.0000\\s+recall 1\\.0000\\s+F1 1\\.0000.*"), run.out());
    }

    @Test
    void clusteringReadsMultiNewsDocumentsGivenAsArticles() throws IOException {
        Path file = tmp.resolve("clusters.jsonl");
        Files.writeString(file, """
                {"id": "ferry", "documents": [{"title": "Marren ferry crews strike", "text": "Ferry crews on the Marren line walked out on Monday over pay, stopping every crossing to the islands.", "date_publish": "2024-03-04"}, {"title": "Island crossings stopped", "text": "Crossings to the islands stopped on Monday as Marren line ferry crews walked out over pay.", "date_publish": "2024-03-04"}]}
                {"id": "bridge", "documents": [{"title": "Harlow Street bridge shut", "text": "Inspectors closed the Harlow Street bridge after finding cracks in two of its steel girders.", "date_publish": "2024-03-05"}]}
                """);

        CliRunner run = CliRunner.run("eval", "clustering", file.toString(), "--no-embeddings");

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("2 clusters, 3 documents"), run.out());
        assertTrue(run.out().matches("(?s).*B-cubed\\s+precision 1\\.0000\\s+recall 1\\.0000\\s+F1 1\\.0000.*"), run.out());
    }

    private static String record(String id, String date, String title, String text, String cluster) {
        return "{\"id\": \"" + id + "\", \"date\": \"" + date + "\", \"title\": \"" + title + "\", \"text\": \""
                + text + "\", \"lang\": \"en\", \"cluster\": \"" + cluster + "\"}";
    }

    @Test
    void clusteringOnTheSharedValidationSet() {
        Path file = CliRunner.repo().resolve("../shared/bench/multinews/multinews-val-1000.jsonl.gz").normalize();
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(file), "shared Multi-News not present at " + file + "; skipped");
        CliRunner run = CliRunner.run("eval", "clustering", file.toString());
        assertTrue(run.exit() <= 1, run.err());
        assertTrue(run.out().contains("1000 clusters"), run.out());
    }

    @Test
    void similarityOfASmallFileWithScores() throws IOException {
        Path csv = tmp.resolve("pairs.csv");
        Files.writeString(csv, """
                pair_id,lang1,lang2,text1,text2,Overall
                p1,en,en,"Kessel dam spillway opened

                Engineers opened the spillway of the Kessel dam on Thursday after the reservoir rose to 98 per cent.","Weir valley on alert as Kessel dam releases water. The operator of the Kessel dam opened its spillway, saying the reservoir was 98 per cent full.",1.0
                p2,en,en,"Kessel dam spillway opened. Engineers opened the spillway of the Kessel dam on Thursday.","Teenager wins national chess title. A 15-year-old from Lindau won the national chess championship.",4.0
                p3,en,de,"Chess title for Lindau teenager. A 15-year-old from Lindau won the national chess championship.","Schachtitel für Jugendliche aus Lindau. Eine 15-Jährige aus Lindau gewann die nationale Meisterschaft.",1.5
                """);
        Path scores = tmp.resolve("scores.csv");

        CliRunner run = CliRunner.run("eval", "similarity", csv.toString(), "--no-embedding", "--scores", scores.toString());

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("negated Overall"), run.out());
        assertTrue(run.out().matches("(?s).*\\ball\\s+3\\b.*"), run.out());
        assertTrue(run.out().contains("en-de"), run.out());
        List<String> lines = Files.readAllLines(scores);
        assertEquals("pair_id,score", lines.get(0));
        assertEquals(4, lines.size());
        assertTrue(lines.get(1).startsWith("p1,"));
        double same = Double.parseDouble(lines.get(1).split(",")[1]);
        double different = Double.parseDouble(lines.get(2).split(",")[1]);
        assertTrue(same > different, lines.toString());
    }

    @Test
    void similarityOfAMissingFileIsOneLineAndExit2() {
        Path missing = tmp.resolve("missing.csv");
        CliRunner run = CliRunner.run("eval", "similarity", missing.toString());
        assertEquals(2, run.exit());
        assertEquals("chorus: " + missing + ": no such file", run.err().strip());
    }

    @Test
    void similarityOfACsvWithoutTheColumnsIsOneLineAndExit2() throws IOException {
        Path csv = Files.writeString(tmp.resolve("other.csv"), "a,b\n1,2\n");
        CliRunner run = CliRunner.run("eval", "similarity", csv.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("chorus: " + csv + ": missing column(s) pair_id"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }

    /** The goal on the real SemEval-2022 Task 8 training pairs, when ../shared is there. */
    @Test
    void semEvalEnglishPairsReachTheGoal() {
        Path file = CliRunner.repo().resolveSibling("shared/bench/similarity/semeval2022-task8-train.csv");
        assumeTrue(Files.isRegularFile(file), file + " not found; skipping the SemEval similarity check");
        CliRunner run = CliRunner.run("eval", "similarity", file.toString());
        assertEquals(0, run.exit(), run.err());
        Matcher m = Pattern.compile("(?m)^en-en\\s+(\\d+)\\s+([0-9.]+)").matcher(run.out());
        assertTrue(m.find(), run.out());
        assertEquals(161, Integer.parseInt(m.group(1)));
        assertTrue(Double.parseDouble(m.group(2)) >= 0.80, run.out());
    }

    @Test
    void summaryScoresChorusLeadAndLexRankAndWritesChorusSummaries() throws IOException {
        Path file = tmp.resolve("clusters.jsonl.gz");
        gzip(file, """
                {"id": "ferry", "summary": "Ferry crews on the Marren line walked out on Monday over pay, stopping every crossing to the islands for two days.", "documents": ["Ferry crews on the Marren line walked out on Monday over pay, stopping every crossing to the islands. The union said the strike would last two days. Island shops said deliveries of fresh food would run short by Wednesday.", "Crossings to the islands stopped on Monday as Marren line ferry crews walked out in a dispute over pay, the union said. The operator called the strike unnecessary and said talks could resume on Thursday."]}
                {"id": "bridge", "summary": "The Harlow Street bridge was closed after inspectors found cracks in two girders.", "documents": ["Inspectors closed the Harlow Street bridge after finding cracks in two of its steel girders during a routine check. Traffic was diverted through the town centre, and the council said repairs could take a month."]}
                """);
        Path out = tmp.resolve("summaries.jsonl");

        CliRunner run = CliRunner.run("eval", "summary", file.toString(), "--words", "20", "--out", out.toString());

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("2 clusters, 3 documents"), run.out());
        assertTrue(run.out().contains("no stemming"), run.out());
        for (String system : List.of("chorus", "lead", "lexrank")) {
            assertTrue(run.out().matches("(?s).*\\n" + system + "\\s+0\\.\\d{4}\\s+0\\.\\d{4}\\s+0\\.\\d{4}.*"), run.out());
        }
        List<String> lines = Files.readAllLines(out);
        assertEquals(2, lines.size());
        assertTrue(lines.get(0).startsWith("{\"id\":\"ferry\",\"summary\":\""), lines.get(0));
        assertTrue(lines.get(1).contains("Harlow Street bridge"), lines.get(1));
    }

    @Test
    void summaryOfAMissingFileIsOneLineAndExitTwo() {
        CliRunner run = CliRunner.run("eval", "summary", tmp.resolve("nope.jsonl.gz").toString());
        assertEquals(2, run.exit());
        assertEquals("chorus: " + tmp.resolve("nope.jsonl.gz") + ": no such file", run.err().strip());
    }

    @Test
    void summaryOfAFileOfArticlesIsAUsageError() throws IOException {
        Path file = tmp.resolve("articles.jsonl");
        Files.writeString(file, "{\"id\": \"a1\", \"text\": \"Harbour reopens after dredging.\"}\n");
        CliRunner run = CliRunner.run("eval", "summary", file.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("not a Multi-News cluster"), run.err());
    }

    /** The first clusters of the shared validation file, when ../shared is there: all three systems score. */
    @Test
    void summaryOnTheSharedValidationSet() {
        Path file = CliRunner.repo().resolve("../shared/bench/multinews/multinews-val-1000.jsonl.gz").normalize();
        assumeTrue(Files.isRegularFile(file), "shared Multi-News not present at " + file + "; skipped");
        CliRunner run = CliRunner.run("eval", "summary", file.toString(), "--limit", "100");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("100 clusters"), run.out());
        Matcher m = Pattern.compile("(?m)^(chorus|lead|lexrank)\\s+([0-9.]+)\\s+([0-9.]+)").matcher(run.out());
        int systems = 0;
        while (m.find()) {
            systems++;
            assertTrue(Double.parseDouble(m.group(2)) > 0.35, run.out());
            assertTrue(Double.parseDouble(m.group(3)) > 0.10, run.out());
        }
        assertEquals(3, systems, run.out());
    }

    private static void gzip(Path file, String content) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
    }
}
