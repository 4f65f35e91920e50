package dev.chorus.bench;

import dev.chorus.dedup.DuplicateIndex;
import dev.chorus.dedup.Fingerprint;
import dev.chorus.dedup.Shingler;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Cost of looking one new article up in the near-duplicate index, as the index grows: it should stay flat, as
 * against a brute-force look-up that compares the article with every indexed one (exact Jaccard of the same
 * 3-word shingles), which grows with the index.
 *
 * <p>The index holds {@code size} synthetic 300-word articles drawn from a Zipf-like vocabulary of 30,000 words,
 * one in ten a lightly edited copy of an earlier one (so that LSH buckets hold real duplicates); the articles
 * looked up are new ones, half of them edited copies of indexed articles. {@code lookup} is the whole per-article
 * work of {@link DuplicateIndex#add} except storing: fingerprint, candidates, verification.
 *
 * <p>Run: {@code java -jar bench/target/chorus-bench.jar DedupBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class DedupBench {

    private static final int WORDS = 300;
    private static final int VOCABULARY = 30_000;
    private static final int QUERIES = 512;

    @Param({"10000", "100000"})
    int size;

    private DuplicateIndex index;
    private List<long[]> indexedShingles;
    private String[] queries;
    private int next;

    @Setup(Level.Trial)
    public void build() {
        SplittableRandom random = new SplittableRandom(42);
        index = new DuplicateIndex();
        List<String> texts = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            texts.add(i > 0 && random.nextInt(10) == 0 ? edit(texts.get(random.nextInt(i)), random) : article(random));
        }
        List<Fingerprint> fingerprints = texts.parallelStream().map(index::fingerprint).toList();
        for (int i = 0; i < size; i++) {
            index.add("a" + i, fingerprints.get(i), null);
        }
        indexedShingles = texts.parallelStream().map(BruteForce::shingles).toList();
        queries = new String[QUERIES];
        for (int q = 0; q < QUERIES; q++) {
            queries[q] = q % 2 == 0 ? edit(texts.get(random.nextInt(size)), random) : article(random);
        }
    }

    @Benchmark
    public Optional<DuplicateIndex.Match> lookup() {
        return index.find(index.fingerprint(queries[next++ & (QUERIES - 1)]));
    }

    @Benchmark
    public int bruteForce() {
        return BruteForce.bestMatch(queries[next++ & (QUERIES - 1)], indexedShingles, 0.8);
    }

    /** A text of {@link #WORDS} words, word w drawn with probability about 1 / w (Zipf). */
    private static String article(SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < WORDS; i++) {
            double u = random.nextDouble();
            int w = (int) Math.pow(VOCABULARY, u); // log-uniform rank: Zipf with exponent 1
            text.append('w').append(Integer.toString(w, 36)).append(i % 20 == 19 ? ". " : " ");
        }
        return text.toString();
    }

    /** {@code text} with five words replaced: a light edit (Jaccard about 0.9 with 3-word shingles). */
    private static String edit(String text, SplittableRandom random) {
        String[] words = text.split(" ");
        for (int k = 0; k < 5; k++) {
            words[random.nextInt(words.length)] = "edit" + random.nextInt(1000);
        }
        return String.join(" ", words);
    }

    /** The baseline: exact Jaccard of the query's shingles (the index's own shingling) with every indexed article's. */
    static final class BruteForce {

        private static final Shingler SHINGLER = new Shingler(DuplicateIndex.Settings.DEFAULTS.shingleWords());

        static long[] shingles(String text) {
            return SHINGLER.set(text);
        }

        static int bestMatch(String query, List<long[]> indexed, double threshold) {
            long[] q = shingles(query);
            int best = -1;
            double bestJaccard = threshold;
            for (int i = 0; i < indexed.size(); i++) {
                double j = Shingler.jaccard(q, indexed.get(i));
                if (j >= bestJaccard) {
                    best = i;
                    bestJaccard = j;
                }
            }
            return best;
        }
    }
}
