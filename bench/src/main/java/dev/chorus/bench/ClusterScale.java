package dev.chorus.bench;

import dev.chorus.cluster.StoryClusterer;
import dev.chorus.cluster.StreamingStoryClusterer;
import dev.chorus.embed.MiniLmEmbedder;
import dev.chorus.eval.ClusteringEvaluation;
import dev.chorus.eval.ClusteringScore;
import dev.chorus.model.AnalysedArticle;
import dev.chorus.model.Source;
import dev.chorus.pipeline.Analyser;
import dev.chorus.pipeline.ClusterPipeline;
import dev.chorus.read.SourceReader;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One step of {@code bench/cluster-scale.sh}: {@code chorus eval clustering} on one Multi-News file (the same
 * read, shuffle with seed 42 and {@link ClusterPipeline} as {@code chorus cluster}), plus the heap it took.
 * Prints one line of {@code key=value} fields for the script to read.
 *
 * <p>Heap, two ways: {@code heapPeakMiB} is the sum of the peak use of every heap pool (what the JVM had in use
 * at its fullest, garbage included; an upper bound, as pools peak at different moments), and {@code liveMiB} the
 * most heap in use just after any collection (the live data at its largest, measured at collections only).
 *
 * <p>With {@code --baseline}: also the articles analysed once, then clustered by Chorus's clusterer and by the
 * all-pairs baseline of {@link ClusteringBench}, timed and scored side by side.
 */
public final class ClusterScale {

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        boolean baseline = List.of(args).contains("--baseline");
        boolean embeddings = !List.of(args).contains("--no-embeddings");
        AtomicLong live = LiveHeap.watch();
        ClusteringEvaluation.Report report;
        try (MiniLmEmbedder embedder = new MiniLmEmbedder()) {
            StoryClusterer clusterer = new StoryClusterer(StreamingStoryClusterer.DEFAULTS, embeddings ? embedder : null);
            report = new ClusteringEvaluation(new ClusterPipeline(clusterer)).run(file, ClusteringEvaluation.DEFAULT_SEED);
            System.out.printf("texts=%d clustered=%d seconds=%.2f perSecond=%.1f heapPeakMiB=%d liveMiB=%d "
                            + "bcubedP=%.4f bcubedR=%.4f bcubedF1=%.4f pairF1=%.4f stories=%d largest=%s%n",
                    report.documents(), report.clustered(), report.seconds(), report.articlesPerSecond(),
                    heapPeak() >> 20, live.get() >> 20, report.score().bcubedPrecision(), report.score().bcubedRecall(),
                    report.score().bcubedF1(), report.score().pairF1(), report.stories(),
                    report.largest().toString().replace(" ", ""));
            if (baseline) {
                compareWithAllPairs(file, clusterer);
            }
        }

    }

    private static void compareWithAllPairs(Path file, StoryClusterer clusterer) {
        SourceReader.Result read = new SourceReader().readAll(List.of(file));
        List<Source> sources = new ArrayList<>(read.sources());
        Collections.shuffle(sources, new Random(ClusteringEvaluation.DEFAULT_SEED));
        long t0 = System.nanoTime();
        List<AnalysedArticle> articles = new Analyser().analyse(sources, List.of()).articles();
        double analyse = (System.nanoTime() - t0) / 1e9;
        Map<String, String> gold = new HashMap<>();
        articles.forEach(a -> gold.put(a.id(), a.id().substring(0, a.id().lastIndexOf('/'))));

        t0 = System.nanoTime();
        List<List<AnalysedArticle>> chorus = clusterer.cluster(articles);
        double chorusSeconds = (System.nanoTime() - t0) / 1e9;
        t0 = System.nanoTime();
        List<List<AnalysedArticle>> naive = ClusteringBench.allPairs(articles, ClusteringBench.BASELINE_THRESHOLD);
        double naiveSeconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("analysis (read excluded) %.1f s for %d articles; clustering stage alone:%n", analyse, articles.size());
        print("chorus clusterer", chorus, gold, chorusSeconds, analyse, articles.size());
        print("all-pairs baseline", naive, gold, naiveSeconds, analyse, articles.size());
        System.out.printf("ratio: clustering stage x%.1f faster, B-cubed F1 %+.4f%n", naiveSeconds / chorusSeconds,
                score(chorus, gold).bcubedF1() - score(naive, gold).bcubedF1());
    }

    private static void print(String name, List<List<AnalysedArticle>> stories, Map<String, String> gold,
                              double seconds, double analyse, int n) {
        ClusteringScore s = score(stories, gold);
        System.out.printf("  %-19s B-cubed P=%.4f R=%.4f F1=%.4f pairwise F1=%.4f stories=%d  cluster %.2f s"
                        + " (%.0f articles/s); with analysis %.0f articles/s%n",
                name, s.bcubedPrecision(), s.bcubedRecall(), s.bcubedF1(), s.pairF1(), stories.size(), seconds,
                n / seconds, n / (seconds + analyse));
    }

    private static ClusteringScore score(List<List<AnalysedArticle>> stories, Map<String, String> gold) {
        return ClusteringScore.of(stories.stream().map(c -> c.stream().map(AnalysedArticle::id).toList()).toList(), gold);
    }

    private static long heapPeak() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
