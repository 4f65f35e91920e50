package dev.chorus.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chorus.eval.ExtractionEvaluation;
import dev.chorus.eval.ExtractionScore;
import dev.chorus.extract.HtmlExtractor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Java half of {@code bench/extraction-vs-readability.sh}: runs Chorus's extractor on the benchmark in
 * this process, scores the predictions Mozilla Readability wrote in its own process with the same metric,
 * and prints both side by side with the ratios.
 *
 * <p>Usage: {@code ExtractionVsReadability BENCH_DIR READABILITY.jsonl READABILITY_SUMMARY.json}.
 */
public final class ExtractionVsReadability {

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        ObjectMapper json = new ObjectMapper();

        ExtractionEvaluation.Report chorus = new ExtractionEvaluation(new HtmlExtractor()).run(dir);
        double chorusRss = peakRssMiB();

        JsonNode truth = json.readTree(dir.resolve("ground-truth.json").toFile());
        Map<String, String> predicted = new HashMap<>();
        for (String line : Files.readAllLines(Path.of(args[1]))) {
            JsonNode node = json.readTree(line);
            predicted.put(node.get("id").asText(), node.get("text").asText(""));
        }
        List<ExtractionEvaluation.PageScore> scores = new ArrayList<>();
        truth.properties().forEach(e -> scores.add(new ExtractionEvaluation.PageScore(e.getKey(),
                e.getValue().path("url").asText(null),
                ExtractionScore.of(e.getValue().path("articleBody").asText(""), predicted.getOrDefault(e.getKey(), "")))));
        JsonNode summary = json.readTree(Path.of(args[2]).toFile());
        double readabilityPagesPerSec = summary.get("pages").asDouble() / summary.get("seconds").asDouble();
        ExtractionEvaluation.Report readability =
                ExtractionEvaluation.summarise(scores, readabilityPagesPerSec, Double.NaN);
        double readabilityRss = summary.get("maxRssMiB").asDouble();

        System.out.printf("%-28s %9s %9s %9s %9s %10s %12s%n", "extractor (181 pages)", "precision", "recall", "F1",
                "accuracy", "pages/s", "peak RSS MiB");
        row("Chorus HtmlExtractor", chorus, chorusRss);
        row("Readability.js 0.6 + jsdom", readability, readabilityRss);
        System.out.printf("ratio Chorus/Readability: throughput x%.1f, peak memory x%.3f, F1 %+.4f%n",
                chorus.pagesPerSec() / readability.pagesPerSec(), chorusRss / readabilityRss,
                chorus.f1() - readability.f1());
    }

    private static void row(String name, ExtractionEvaluation.Report r, double rssMiB) {
        System.out.printf("%-28s %9.4f %9.4f %9.4f %9.4f %10.1f %12.0f%n", name, r.precision(), r.recall(), r.f1(),
                r.accuracy(), r.pagesPerSec(), rssMiB);
    }

    /** This process's peak resident memory (VmHWM), the same measure as Node's maxRSS. */
    static double peakRssMiB() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Double.parseDouble(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }
}
