package dev.chorus.app;

import dev.chorus.cluster.StoryClusterer;
import dev.chorus.cluster.StreamingStoryClusterer;
import dev.chorus.embed.MiniLmEmbedder;
import dev.chorus.embed.TextEmbedder;
import picocli.CommandLine.Option;

/**
 * Options of story clustering shared by the commands that cluster. {@link #clusterer()} opens the embedding
 * model, which {@link #close()} releases.
 */
final class ClusteringOptions implements AutoCloseable {

    @Option(names = "--threshold", paramLabel = "SCORE",
            description = "Join score at or above which an article joins a story: its mean word (TF-IDF) cosine with "
                    + "the story's articles plus 0.2 times its mean embedding cosine, 0.." + StreamingStoryClusterer.MAX_JOIN_SCORE
                    + " (default: " + StreamingStoryClusterer.DEFAULT_THRESHOLD + "). An article still alone in its story "
                    + "when the story closes, or at the end of the input, joins the best open story at "
                    + StreamingStoryClusterer.SECOND_CHANCE_MARGIN + " less.")
    Double threshold;

    @Option(names = "--window-days", paramLabel = "DAYS",
            description = "The widest spread of publication dates inside one story (default: ${DEFAULT-VALUE}).",
            defaultValue = "" + StreamingStoryClusterer.DEFAULT_WINDOW_DAYS)
    int windowDays;

    @Option(names = "--quiet-days", paramLabel = "DAYS",
            description = "Days of publication time without a new article after which a story closes and later "
                    + "articles start a new one (default: ${DEFAULT-VALUE}).",
            defaultValue = "" + StreamingStoryClusterer.DEFAULT_QUIET_DAYS)
    int quietDays;

    @Option(names = "--no-embeddings",
            description = "Cluster and align claims on words alone, without the sentence-embedding model: "
                    + "faster, and less able to see one story, or one fact, told in different words.")
    boolean noEmbeddings;

    private TextEmbedder embedder;
    private TextEmbedder sentenceEmbedder;

    /**
     * The embedder that finds claims told in other words when stories are compared (whole sentences, so a longer
     * budget than the clusterer's), or null with {@code --no-embeddings}; closed with these options.
     */
    TextEmbedder sentenceEmbedder() {
        if (!noEmbeddings && sentenceEmbedder == null) {
            sentenceEmbedder = MiniLmEmbedder.forSentences();
        }
        return noEmbeddings ? null : sentenceEmbedder;
    }

    StoryClusterer clusterer() {
        if (windowDays < 0 || quietDays < 0) {
            throw new Main.UserError("--window-days and --quiet-days must not be negative");
        }
        StreamingStoryClusterer.Options defaults = StreamingStoryClusterer.DEFAULTS;
        StreamingStoryClusterer.Options options = new StreamingStoryClusterer.Options(defaults.threshold(), windowDays,
                quietDays, defaults.maxActive());
        if (threshold != null) {
            if (!(threshold > 0 && threshold <= StreamingStoryClusterer.MAX_JOIN_SCORE)) {
                throw new Main.UserError("--threshold must be above 0 and at most "
                        + StreamingStoryClusterer.MAX_JOIN_SCORE + ", not " + threshold);
            }
            options = options.withThreshold(threshold);
        }
        if (!noEmbeddings && embedder == null) {
            embedder = new MiniLmEmbedder();
        }
        return new StoryClusterer(options, noEmbeddings ? null : embedder);
    }

    @Override
    public void close() {
        if (embedder != null) {
            embedder.close();
            embedder = null;
        }
        if (sentenceEmbedder != null) {
            sentenceEmbedder.close();
            sentenceEmbedder = null;
        }
    }
}
