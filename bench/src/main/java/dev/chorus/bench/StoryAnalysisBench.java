package dev.chorus.bench;

import dev.chorus.compare.CompareStage;
import dev.chorus.compare.Comparison;
import dev.chorus.embed.MiniLmEmbedder;
import dev.chorus.model.AnalysedArticle;
import dev.chorus.summarise.Summariser;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Time the story analysis adds per story (what {@code chorus digest} does after clustering and
 * {@code chorus cluster} does not): {@link CompareStage#compare} (entities, claims, quotes, conflicts, copies) and
 * {@link Summariser#summarise} at the digest's default length, for stories of 5, 20 and 100 articles.
 *
 * <p>Stories are consecutive, non-overlapping runs of Multi-News training documents (file order, documents with
 * no text left out), so a story of 5 is mostly one or two true clusters and a story of 100 spans a few dozen:
 * the articles are real news text, but a large story's articles share less than the copies of one event do.
 * Each size is warmed up on stories from further along the file before the timed ones. One thread.
 *
 * <p>Two configurations run side by side on the same stories: claims aligned on words alone (the baseline, and
 * what {@code --no-embeddings} gives) and with the sentence embedder that finds paraphrases (the default).
 *
 * <p>Run: {@code java -cp bench/target/chorus-bench.jar dev.chorus.bench.StoryAnalysisBench [FILE] [STORIES]}
 * (default {@code ../shared/bench/multinews/multinews-train.jsonl.gz}, 20 stories per size).
 */
public final class StoryAnalysisBench {

    private static final int[] SIZES = {5, 20, 100};

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "../shared/bench/multinews/multinews-train.jsonl.gz");
        int stories = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int needed = 2 * stories * Arrays.stream(SIZES).sum();
        MultiNews corpus = MultiNews.load(file, needed); // >= 1 document per cluster is plenty
        List<AnalysedArticle> pool = corpus.articles;
        System.out.printf("%s: %d documents loaded; %d timed stories per size after as many warm-up ones%n",
                file, pool.size(), stories);
        try (MiniLmEmbedder sentences = MiniLmEmbedder.forSentences()) {
            run("words alone", new CompareStage(), pool, stories);
            run("with paraphrases (" + sentences.name() + ")", new CompareStage(sentences), pool, stories);
        }
    }

    private static void run(String label, CompareStage compare, List<AnalysedArticle> pool, int stories) {
        Summariser summariser = new Summariser();
        System.out.printf("%nclaims aligned on %s%n", label);
        System.out.printf("%-8s %10s %10s %10s %10s %12s %12s%n", "articles", "mean ms", "median ms", "max ms",
                "summarise", "ms/article", "sentences");
        int next = 0;
        for (int size : SIZES) {
            List<List<AnalysedArticle>> warm = new ArrayList<>();
            List<List<AnalysedArticle>> timed = new ArrayList<>();
            for (int i = 0; i < 2 * stories && next + size <= pool.size(); i++, next += size) {
                (i < stories ? warm : timed).add(pool.subList(next, next + size));
            }
            for (List<AnalysedArticle> story : warm) {
                summariser.summarise(story, compare.compare(story).groups());
            }
            double[] total = new double[timed.size()];
            double summarising = 0;
            long sentences = 0;
            for (int i = 0; i < timed.size(); i++) {
                List<AnalysedArticle> story = timed.get(i);
                long t0 = System.nanoTime();
                Comparison found = compare.compare(story);
                long t1 = System.nanoTime();
                summariser.summarise(story, found.groups());
                long t2 = System.nanoTime();
                total[i] = (t2 - t0) / 1e6;
                summarising += (t2 - t1) / 1e6;
                sentences += story.stream().mapToInt(a -> a.sentences().size()).sum();
            }
            double[] sorted = total.clone();
            Arrays.sort(sorted);
            double mean = Arrays.stream(total).average().orElse(0);
            System.out.printf("%-8d %10.1f %10.1f %10.1f %10.2f %12.2f %12.0f%n", size, mean,
                    sorted.length == 0 ? 0 : sorted[sorted.length / 2], sorted.length == 0 ? 0 : sorted[sorted.length - 1],
                    timed.isEmpty() ? 0 : summarising / timed.size(), mean / size,
                    timed.isEmpty() ? 0 : (double) sentences / timed.size());
        }
    }
}
