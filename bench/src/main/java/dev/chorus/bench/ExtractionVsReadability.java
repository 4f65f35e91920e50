package dev.chorus.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chorus.eval.ExtractionEvaluation;
import dev.chorus.eval.ExtractionScore;
import dev.chorus.extract.HtmlExtractor;
import dev.chorus.model.Article;
import dev.chorus.model.Metadata;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * The Java half of {@code bench/extraction-vs-readability.sh}: runs Chorus's extractor over the benchmark in
 * this process exactly as the Readability runner does in its own (read and gunzip a page, extract, keep the
 * text; one pass, cold start included), scores both sets of predictions with the same metric, and prints
 * them side by side with the ratios. A second, warm pass is reported too, for the steady state.
 *
 * <p>Usage: {@code ExtractionVsReadability BENCH_DIR READABILITY.jsonl READABILITY_SUMMARY.json}.
 */
public final class ExtractionVsReadability {

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        ObjectMapper json = new ObjectMapper();
        JsonNode truth = json.readTree(dir.resolve("ground-truth.json").toFile());
        Map<String, JsonNode> pages = new TreeMap<>();
        truth.properties().forEach(e -> pages.put(e.getKey(), e.getValue()));

        HtmlExtractor extractor = new HtmlExtractor();
        long start = System.nanoTime();
        Map<String, String> chorusText = extractAll(dir, pages, extractor);
        double coldSeconds = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        extractAll(dir, pages, extractor);
        double warmSeconds = (System.nanoTime() - start) / 1e9;
        double chorusRss = peakRssMiB();
        ExtractionEvaluation.Report chorus = score(pages, chorusText, pages.size() / coldSeconds);

        Map<String, String> readabilityText = new HashMap<>();
        for (String line : Files.readAllLines(Path.of(args[1]))) {
            JsonNode node = json.readTree(line);
            readabilityText.put(node.get("id").asText(), node.get("text").asText(""));
        }
        JsonNode summary = json.readTree(Path.of(args[2]).toFile());
        ExtractionEvaluation.Report readability = score(pages, readabilityText,
                summary.get("pages").asDouble() / summary.get("seconds").asDouble());
        double readabilityRss = summary.get("maxRssMiB").asDouble();

        System.out.printf("%-30s %9s %9s %9s %9s %10s %12s%n", "extractor (" + pages.size() + " pages, 1 pass)",
                "precision", "recall", "F1", "accuracy", "pages/s", "peak RSS MiB");
        row("Chorus HtmlExtractor (JVM)", chorus, chorusRss);
        row("Readability.js 0.6 + jsdom", readability, readabilityRss);
        System.out.printf("ratio Chorus/Readability: throughput x%.1f (warm second pass: %.0f pages/s, x%.1f), "
                        + "peak memory x%.3f, F1 %+.4f%n",
                chorus.pagesPerSec() / readability.pagesPerSec(), pages.size() / warmSeconds,
                pages.size() / warmSeconds / readability.pagesPerSec(), chorusRss / readabilityRss,
                chorus.f1() - readability.f1());
    }

    private static Map<String, String> extractAll(Path dir, Map<String, JsonNode> pages, HtmlExtractor extractor)
            throws IOException {
        Map<String, String> out = new HashMap<>();
        for (String id : pages.keySet()) {
            String html;
            // As the Readability runner does (readFileSync, gunzipSync): the whole file, then gunzip it in
            // one go, not through GZIPInputStream's default 512-byte reads of the file.
            byte[] gz = Files.readAllBytes(dir.resolve("html").resolve(id + ".html.gz"));
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz), 64 * 1024)) {
                html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Article article = extractor.extract(id, html, Metadata.EMPTY);
            out.put(id, String.join("\n", article.paragraphs()));
        }
        return out;
    }

    private static ExtractionEvaluation.Report score(Map<String, JsonNode> pages, Map<String, String> predicted,
                                                     double pagesPerSec) {
        List<ExtractionEvaluation.PageScore> scores = new ArrayList<>();
        pages.forEach((id, page) -> scores.add(new ExtractionEvaluation.PageScore(id, page.path("url").asText(null),
                ExtractionScore.of(page.path("articleBody").asText(""), predicted.getOrDefault(id, "")))));
        return ExtractionEvaluation.summarise(scores, pagesPerSec, Double.NaN);
    }

    private static void row(String name, ExtractionEvaluation.Report r, double rssMiB) {
        System.out.printf("%-30s %9.4f %9.4f %9.4f %9.4f %10.1f %12.0f%n", name, r.precision(), r.recall(), r.f1(),
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
