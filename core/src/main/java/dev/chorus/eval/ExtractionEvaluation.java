package dev.chorus.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chorus.extract.HtmlExtractor;
import dev.chorus.model.Article;
import dev.chorus.model.Metadata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Runs {@link HtmlExtractor} over an article-extraction benchmark directory and scores it with
 * {@link ExtractionScore}.
 *
 * <p>The directory holds {@code ground-truth.json} ({@code {id: {"articleBody": ..., "url": ...}}}) and
 * {@code html/<id>.html.gz} (UTF-8). The predicted body of a page is its paragraphs joined with
 * {@code "\n"}. Pages are read into memory and extracted once untimed before the clock starts, so pages/s
 * measures warmed-up extraction only.
 */
public final class ExtractionEvaluation {

    private final HtmlExtractor extractor;

    public ExtractionEvaluation(HtmlExtractor extractor) {
        this.extractor = extractor;
    }

    /** One page's outcome. */
    public record PageScore(String id, String url, ExtractionScore score) {
    }

    /**
     * The whole run.
     *
     * @param precision   mean precision over pages with a prediction
     * @param recall      mean recall over pages with a true body
     * @param f1          harmonic mean of {@code precision} and {@code recall}
     * @param accuracy    share of pages whose predicted tokens equal the true ones
     * @param pagesPerSec extraction throughput, single thread, wall clock
     * @param cpuPagesPerSec the same per second of the extracting thread's CPU time (steadier on a busy machine)
     * @param pages       every page's score, in id order
     */
    public record Report(double precision, double recall, double f1, double accuracy, double pagesPerSec,
                         double cpuPagesPerSec, List<PageScore> pages) {

        public Report {
            pages = List.copyOf(pages);
        }

        /** A printable summary with the {@code worst} lowest-F1 pages. */
        public String toText(int worst) {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format("pages      %d%n", pages.size()));
            sb.append(String.format("precision  %.4f%n", precision));
            sb.append(String.format("recall     %.4f%n", recall));
            sb.append(String.format("F1         %.4f%n", f1));
            sb.append(String.format("accuracy   %.4f%n", accuracy));
            sb.append(String.format("pages/s    %.1f (%.1f per CPU second)%n", pagesPerSec, cpuPagesPerSec));
            sb.append(String.format("worst %d pages by F1:%n", worst));
            pages.stream()
                    .sorted(Comparator.comparingDouble((PageScore p) -> p.score().f1()))
                    .limit(worst)
                    .forEach(p -> sb.append(String.format("  F1 %.3f  P %.3f  R %.3f  %s  %s%n",
                            p.score().f1(), p.score().precision(), p.score().recall(), p.id(), p.url())));
            return sb.toString();
        }

        /** {@link #toText(int)} with the 10 worst pages. */
        public String toText() {
            return toText(10);
        }
    }

    private record Page(String id, String url, String truth, String html) {
    }

    /** Reads and scores every page of the benchmark in {@code dir}. */
    public Report run(Path dir) throws IOException {
        List<Page> pages = load(dir);
        // An untimed pass lets the JIT compile the hot paths, so pages/s is closer to steady state.
        for (Page page : pages) {
            extractor.extract(page.id(), page.html(), Metadata.EMPTY);
        }
        List<PageScore> scores = new ArrayList<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpuClock = threads.isCurrentThreadCpuTimeSupported();
        long cpuStart = cpuClock ? threads.getCurrentThreadCpuTime() : 0;
        long start = System.nanoTime();
        List<String> predictions = new ArrayList<>();
        for (Page page : pages) {
            Article article = extractor.extract(page.id(), page.html(), Metadata.EMPTY);
            predictions.add(String.join("\n", article.paragraphs()));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = cpuClock ? (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9 : seconds;
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i);
            scores.add(new PageScore(page.id(), page.url(), ExtractionScore.of(page.truth(), predictions.get(i))));
        }
        return summarise(scores, pages.size() / Math.max(seconds, 1e-9), pages.size() / Math.max(cpuSeconds, 1e-9));
    }

    /** Aggregates per-page scores the way the benchmark does. */
    public static Report summarise(List<PageScore> scores, double pagesPerSec, double cpuPagesPerSec) {
        double pSum = 0;
        int pN = 0;
        double rSum = 0;
        int rN = 0;
        int exact = 0;
        for (PageScore s : scores) {
            ExtractionScore sc = s.score();
            if (sc.hasPrediction()) {
                pSum += sc.precision();
                pN++;
            }
            if (sc.hasTruth()) {
                rSum += sc.recall();
                rN++;
            }
            if (sc.exact()) {
                exact++;
            }
        }
        double p = pN == 0 ? 0 : pSum / pN;
        double r = rN == 0 ? 0 : rSum / rN;
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        double acc = scores.isEmpty() ? 0 : (double) exact / scores.size();
        return new Report(p, r, f1, acc, pagesPerSec, cpuPagesPerSec, scores);
    }

    private static List<Page> load(Path dir) throws IOException {
        JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
        List<Page> pages = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = truth.properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            Path file = dir.resolve("html").resolve(e.getKey() + ".html.gz");
            if (!Files.exists(file)) {
                continue;
            }
            pages.add(new Page(e.getKey(), e.getValue().path("url").asText(null),
                    e.getValue().path("articleBody").asText(""), gunzip(file)));
        }
        pages.sort(Comparator.comparing(Page::id));
        return pages;
    }

    private static String gunzip(Path file) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    /** Prints the report for the benchmark directory given as the only argument. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ExtractionEvaluation BENCHMARK_DIR");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        if (!Files.isRegularFile(dir.resolve("ground-truth.json"))) {
            System.err.println(dir + ": no ground-truth.json here");
            System.exit(2);
        }
        System.out.print(new ExtractionEvaluation(new HtmlExtractor()).run(dir).toText());
    }
}
