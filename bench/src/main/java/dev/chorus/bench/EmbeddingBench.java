package dev.chorus.bench;

import dev.chorus.cluster.FeatureExtractor;
import dev.chorus.embed.MiniLmEmbedder;
import dev.chorus.model.AnalysedArticle;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Embedding throughput of {@link MiniLmEmbedder} on real article leads (title and first sentences of
 * Multi-News source articles, as {@link FeatureExtractor#embeddingText} makes them): texts per second by token
 * budget, by batch size, and two ways of using two cores: one caller with two ONNX Runtime intra-op threads,
 * or two callers sharing one session with one intra-op thread each.
 *
 * <p>Each configuration runs {@value #ROUNDS} timed rounds over the same texts after one untimed round; the
 * median and best rounds are printed. Usage: {@code EmbeddingBench [FILE] [TEXTS]}.
 */
public final class EmbeddingBench {

    private static final int ROUNDS = 3;

    private EmbeddingBench() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "../shared/bench/multinews/multinews-val-1000.jsonl.gz");
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        if (!Files.isRegularFile(file)) {
            System.err.println("EmbeddingBench: " + file + ": no such file (Multi-News JSONL.gz, see ../shared/README.md)");
            System.exit(2);
        }
        List<String> texts = new ArrayList<>();
        for (AnalysedArticle article : MultiNews.load(file, Integer.MAX_VALUE).articles) {
            if (texts.size() == count) {
                break;
            }
            texts.add(FeatureExtractor.embeddingText(article));
        }
        System.out.printf(Locale.ROOT, "%d article leads from %s; %d processors; %d timed rounds each%n%n",
                texts.size(), file, Runtime.getRuntime().availableProcessors(), ROUNDS);
        System.out.printf(Locale.ROOT, "%-7s %-6s %-28s %10s %10s%n", "tokens", "batch", "threads", "median/s", "best/s");
        int[] budgets = {16, 32, 48, 64, 128};
        for (int tokens : budgets) {
            run(texts, tokens, MiniLmEmbedder.DEFAULT_BATCH_SIZE, 2, 1);
        }
        for (int batch : new int[]{1, 4, 8, 32}) {
            run(texts, MiniLmEmbedder.DEFAULT_MAX_TOKENS, batch, 2, 1);
        }
        for (int tokens : new int[]{MiniLmEmbedder.DEFAULT_MAX_TOKENS, 128}) {
            run(texts, tokens, MiniLmEmbedder.DEFAULT_BATCH_SIZE, 1, 1);
            run(texts, tokens, MiniLmEmbedder.DEFAULT_BATCH_SIZE, 1, 2);
        }
    }

    /** Embeds {@code texts} with {@code callers} threads, each taking an equal share, on one embedder. */
    private static void run(List<String> texts, int tokens, int batch, int intraOp, int callers) throws Exception {
        double[] rates = new double[ROUNDS];
        try (MiniLmEmbedder embedder = new MiniLmEmbedder(tokens, batch, intraOp);
             ExecutorService pool = Executors.newFixedThreadPool(callers)) {
            embed(embedder, texts, callers, pool); // warm-up: session creation, JIT
            for (int r = 0; r < ROUNDS; r++) {
                long start = System.nanoTime();
                embed(embedder, texts, callers, pool);
                rates[r] = texts.size() / ((System.nanoTime() - start) / 1e9);
            }
        }
        Arrays.sort(rates);
        String threads = callers == 1 ? intraOp + " intra-op, 1 caller" : intraOp + " intra-op x " + callers + " callers";
        System.out.printf(Locale.ROOT, "%-7d %-6d %-28s %10.0f %10.0f%n", tokens, batch, threads,
                rates[ROUNDS / 2], rates[ROUNDS - 1]);
    }

    private static void embed(MiniLmEmbedder embedder, List<String> texts, int callers, ExecutorService pool)
            throws Exception {
        List<Future<float[][]>> parts = new ArrayList<>();
        int share = (texts.size() + callers - 1) / callers;
        for (int from = 0; from < texts.size(); from += share) {
            List<String> part = texts.subList(from, Math.min(texts.size(), from + share));
            parts.add(pool.submit(() -> embedder.embed(part)));
        }
        for (Future<float[][]> part : parts) {
            part.get();
        }
    }
}
