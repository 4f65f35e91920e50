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
        // The Readability runner's clock starts after its imports of jsdom and Readability have run; one tiny
        // page does the same here (loads jsoup's and Chorus's classes) without training the JIT on the pages.
        extractor.extract("load", "<html lang=\"en\"><body><article><p>Classes are loaded.</p></article></body></html>",
                Metadata.EMPTY);
        long start = System.nanoTime();
        Map<String, String> chorusText = extractAll(dir, pages, extractor);
        double coldSeconds = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        extractAll(dir, pages, extractor);
        double warmSeconds = (System.nanoTime() - start) / 1e9;
        int threads = Runtime.getRuntime().availableProcessors();
        start = System.nanoTime();
        Map<String, String> parallelText = extractAllParallel(dir, pages, extractor, threads);
        double parallelSeconds = (System.nanoTime() - start) / 1e9;
        if (!parallelText.equals(chorusText)) {
            throw new IllegalStateException("extraction in parallel gave other texts than one thread");
        }
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
        double base = readability.pagesPerSec();
        System.out.printf("ratio Chorus/Readability: peak memory x%.3f, F1 %+.4f, throughput:%n",
                chorusRss / readabilityRss, chorus.f1() - readability.f1());
        System.out.printf("  Chorus 1 thread, first pass (cold JVM)  %6.1f pages/s  x%.1f%n", chorus.pagesPerSec(),
                chorus.pagesPerSec() / base);
        System.out.printf("  Chorus 1 thread, second pass (warm)     %6.1f pages/s  x%.1f%n", pages.size() / warmSeconds,
                pages.size() / warmSeconds / base);
        System.out.printf("  Chorus %d threads, third pass            %6.1f pages/s  x%.1f%n", threads,
                pages.size() / parallelSeconds, pages.size() / parallelSeconds / base);
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

    /** The same work on {@code threads} threads of this process, pages handed out in id order. */
    private static Map<String, String> extractAllParallel(Path dir, Map<String, JsonNode> pages,
                                                          HtmlExtractor extractor, int threads) throws IOException {
        List<String> ids = new ArrayList<>(pages.keySet());
        java.util.concurrent.ConcurrentHashMap<String, String> out = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        List<Thread> workers = new ArrayList<>();
        java.util.concurrent.atomic.AtomicReference<IOException> failure = new java.util.concurrent.atomic.AtomicReference<>();
        for (int t = 0; t < threads; t++) {
            workers.add(Thread.ofPlatform().start(() -> {
                for (int i = next.getAndIncrement(); i < ids.size(); i = next.getAndIncrement()) {
                    try {
                        out.putAll(extractAll(dir, Map.of(ids.get(i), pages.get(ids.get(i))), extractor));
                    } catch (IOException e) {
                        failure.set(e);
                    }
                }
            }));
        }
        for (Thread worker : workers) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return new HashMap<>(out);
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
