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
            description = "Same-story score (0..1) at or above which an article joins a story (default: "
                    + StreamingStoryClusterer.DEFAULT_THRESHOLD + ").")
    Double threshold;

    @Option(names = "--no-embeddings",
            description = "Cluster on words, names and figures only, without the sentence-embedding model: faster, "
                    + "and less able to see one story told in different words.")
    boolean noEmbeddings;

    private TextEmbedder embedder;

    StoryClusterer clusterer() {
        StreamingStoryClusterer.Options options = StreamingStoryClusterer.DEFAULTS;
        if (threshold != null) {
            if (!(threshold > 0 && threshold <= 1)) {
                throw new Main.UserError("--threshold must be above 0 and at most 1, not " + threshold);
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
    }
}
