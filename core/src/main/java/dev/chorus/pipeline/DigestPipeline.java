package dev.chorus.pipeline;

import dev.chorus.cluster.StoryClusterer;
import dev.chorus.embed.TextEmbedder;
import dev.chorus.model.Digest;
import dev.chorus.model.Problem;
import dev.chorus.model.Source;
import dev.chorus.model.Story;

import java.util.Comparator;
import java.util.List;

/**
 * The digest job: extract every source, split sentences, cluster into stories, and build each story.
 * Extraction and story building run in parallel; the result does not depend on thread timing.
 */
public final class DigestPipeline {

    private final Analyser analyser = new Analyser();
    private final StoryClusterer clusterer;
    private final StoryBuilder stories;

    /** @param summaryWords about how many words each story summary should have */
    public DigestPipeline(int summaryWords) {
        this(summaryWords, new StoryClusterer());
    }

    /**
     * @param summaryWords about how many words each story summary should have
     * @param clusterer    how articles are grouped into stories
     */
    public DigestPipeline(int summaryWords, StoryClusterer clusterer) {
        this(summaryWords, clusterer, null);
    }

    /**
     * @param summaryWords     about how many words each story summary should have
     * @param clusterer        how articles are grouped into stories
     * @param sentenceEmbedder finds claims told in other words, or null for words alone ({@link StoryBuilder})
     */
    public DigestPipeline(int summaryWords, StoryClusterer clusterer, TextEmbedder sentenceEmbedder) {
        this.stories = new StoryBuilder(summaryWords, sentenceEmbedder);
        this.clusterer = clusterer;
    }

    /**
     * The digest of {@code sources}. {@code readProblems} (from reading them) are carried into the result,
     * followed by the sources in which no article text could be found.
     */
    public Digest run(List<Source> sources, List<Problem> readProblems) {
        Analyser.Analysed analysed = analyser.analyse(sources, readProblems);
        List<Story> built = clusterer.cluster(analysed.articles()).parallelStream().map(stories::build).toList();
        List<Story> sorted = built.stream()
                .sorted(Comparator.comparingInt((Story s) -> -s.articles().size())
                        .thenComparing(Story::date, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
        return new Digest(sorted, analysed.problems());
    }
}
