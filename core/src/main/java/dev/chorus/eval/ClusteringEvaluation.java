package dev.chorus.eval;

import dev.chorus.model.Article;
import dev.chorus.model.Problem;
import dev.chorus.model.Source;
import dev.chorus.pipeline.ClusterPipeline;
import dev.chorus.read.SourceReader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Scores story clustering on a file of true clusters: every article is pooled, clustered by the same
 * {@link ClusterPipeline} as {@code chorus cluster}, and the stories are scored with {@link ClusteringScore}
 * against the true ones. Two layouts are read: Multi-News clusters ({@code {"id", "documents": [text or
 * article, ...]}} a line; a document's story is its cluster), and articles that name their story
 * ({@link ClusterLabels}: news-please records with a {@code cluster}, {@code story} or {@code event} field).
 *
 * <p>The pooled articles are shuffled with a seed before they go to the pipeline: the files group each
 * cluster's articles together, which would flatter a streaming clusterer. The pipeline then takes dated
 * articles in publication order, so the shuffle only decides the order within a day and of undated articles
 * (all of Multi-News, which gives no dates): the same seed gives the same order and the same result.
 */
public final class ClusteringEvaluation {

    /** The seed used unless another is given, so that runs compare. */
    public static final long DEFAULT_SEED = 42;

    private static final int LARGEST = 5;

    /**
     * The whole run.
     *
     * @param file          the file read
     * @param seed          the seed of the shuffle
     * @param clusters      true clusters among the documents read
     * @param documents     documents read (each becomes an input article)
     * @param clustered     articles placed in a story; the others had no text left after cleaning
     * @param dated         of those, the articles with a publication date
     * @param stories       stories found
     * @param largest       sizes of the largest stories, largest first
     * @param score         the stories against the true clusters
     * @param seconds       wall time of reading, extraction, sentence splitting and clustering (not scoring)
     * @param problems      lines of the file that could not be read (documents without article text are not problems here)
     */
    public record Report(Path file, long seed, int clusters, int documents, int clustered, int dated, int stories,
                         List<Integer> largest, ClusteringScore score, double seconds, List<Problem> problems) {

        public Report {
            largest = List.copyOf(largest);
            problems = List.copyOf(problems);
        }

        /** End-to-end throughput over the documents read. */
        public double articlesPerSecond() {
            return documents / seconds;
        }

        /** A printable summary. */
        public String toText() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format("file       %s%n", file));
            sb.append(String.format("input      %d clusters, %d documents, shuffled with seed %d%s%n", clusters,
                    documents, seed, dated == 0
                            ? " (none is dated, as in Multi-News, so this is the order the clusterer sees)"
                            : "; " + dated + " of the articles dated, taken in publication order, undated last"));
            sb.append(String.format("clustered  %d articles (%d with no article text after cleaning, scored as stories"
                    + " of one)%n", clustered, documents - clustered));
            sb.append(String.format("stories    %d; largest %s%n", stories, largest));
            sb.append(String.format("B-cubed    precision %.4f  recall %.4f  F1 %.4f%n",
                    score.bcubedPrecision(), score.bcubedRecall(), score.bcubedF1()));
            sb.append(String.format("pairwise   precision %.4f  recall %.4f  F1 %.4f%n",
                    score.pairPrecision(), score.pairRecall(), score.pairF1()));
            sb.append(String.format("time       %.2f s (read, extract, sentences, cluster) = %.0f articles/s%n",
                    seconds, articlesPerSecond()));
            return sb.toString();
        }
    }

    private final ClusterPipeline pipeline;

    public ClusteringEvaluation(ClusterPipeline pipeline) {
        this.pipeline = pipeline;
    }

    /**
     * Reads, shuffles, clusters and scores {@code file}.
     *
     * @throws IllegalArgumentException when the file holds no Multi-News clusters (the message says why)
     */
    public Report run(Path file, long seed) {
        long start = System.nanoTime();
        SourceReader.Result read = new SourceReader().readAll(List.of(file));
        Map<String, String> labels = ClusterLabels.read(file);
        Map<String, String> gold = new HashMap<>();
        Set<String> clusters = new LinkedHashSet<>();
        for (Source source : read.sources()) {
            String cluster = labels.containsKey(source.id()) ? labels.get(source.id()) : clusterOf(source);
            gold.put(source.id(), cluster);
            clusters.add(cluster);
        }
        if (read.sources().isEmpty()) {
            String why = read.problems().isEmpty() ? "no documents" : read.problems().getFirst().toString();
            throw new IllegalArgumentException(file + ": nothing to cluster (" + why + ")");
        }
        List<Source> shuffled = new ArrayList<>(read.sources());
        Collections.shuffle(shuffled, new Random(seed));
        ClusterPipeline.Result result = pipeline.run(shuffled, read.problems());
        double seconds = (System.nanoTime() - start) / 1e9;

        // A document with no article text after cleaning is still a document of its true cluster: it counts as
        // a story of its own, as a reader would see it, so dropping documents cannot raise the score.
        List<List<String>> predicted = new ArrayList<>(result.stories().stream()
                .map(s -> s.articles().stream().map(Article::id).toList())
                .toList());
        Set<String> placed = new HashSet<>();
        predicted.forEach(placed::addAll);
        for (Source source : shuffled) {
            if (placed.add(source.id())) {
                predicted.add(List.of(source.id()));
            }
        }
        List<Integer> largest = result.stories().stream().map(s -> s.articles().size())
                .sorted(Comparator.reverseOrder()).limit(LARGEST).toList();
        int dated = (int) result.stories().stream().flatMap(s -> s.articles().stream())
                .filter(a -> a.metadata().published() != null).count();
        return new Report(file, seed, clusters.size(), read.sources().size(), result.articleCount(), dated,
                result.stories().size(), largest, ClusteringScore.of(predicted, gold), seconds, read.problems());
    }

    /**
     * The true cluster of a document of a Multi-News style cluster: its id up to the last {@code /}, as the
     * reader makes it.
     */
    private static String clusterOf(Source source) {
        int slash = source.id().lastIndexOf('/');
        if (slash <= 0 || source.kind() == Source.Kind.HTML || !source.origin().endsWith("]")) {
            throw new IllegalArgumentException(source.origin() + ": no true story for article " + source.id()
                    + " (expected Multi-News clusters, {\"id\", \"documents\": [...]}, or articles that name"
                    + " their story in one of " + String.join(", ", ClusterLabels.LABEL_FIELDS) + ")");
        }
        return source.id().substring(0, slash);
    }
}
