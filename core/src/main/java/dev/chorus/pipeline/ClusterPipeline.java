package dev.chorus.pipeline;

import dev.chorus.cluster.StoryClusterer;
import dev.chorus.dedup.DuplicateGroup;
import dev.chorus.dedup.DuplicateIndex;
import dev.chorus.model.AnalysedArticle;
import dev.chorus.model.Article;
import dev.chorus.model.Problem;
import dev.chorus.model.Source;
import dev.chorus.model.StoryOutline;
import dev.chorus.summarise.HeadlinePicker;

import java.util.Comparator;
import java.util.List;

/**
 * The fast path of {@code chorus cluster}: extract, split sentences and group into stories, with no comparison
 * or summary, and find the groups of exact and near-duplicate articles. Uses the same clustering stage as the
 * digest, so a story has the same articles (and the same id) in both.
 */
public final class ClusterPipeline {

    private final Analyser analyser = new Analyser();
    private final StoryClusterer clusterer;

    /** The pipeline with the default clustering options and no embeddings. */
    public ClusterPipeline() {
        this(new StoryClusterer());
    }

    /** The pipeline clustering with {@code clusterer}. */
    public ClusterPipeline(StoryClusterer clusterer) {
        this.clusterer = clusterer;
    }
    private final HeadlinePicker headlines = new HeadlinePicker();

    /**
     * The stories of a run and every problem met.
     *
     * @param stories    largest first; among stories of one size, in order of their first article in the input
     * @param duplicates groups of copies, in the order found reading the input in order
     * @param problems   the read problems given to {@link #run}, then the sources with no article text
     */
    public record Result(List<StoryOutline> stories, List<DuplicateGroup> duplicates, List<Problem> problems) {
        public Result {
            stories = List.copyOf(stories);
            duplicates = List.copyOf(duplicates);
            problems = List.copyOf(problems);
        }

        /** How many articles were placed in a story. */
        public int articleCount() {
            return stories.stream().mapToInt(s -> s.articles().size()).sum();
        }
    }

    /** The stories of {@code sources}, in an order that does not depend on thread timing. */
    public Result run(List<Source> sources, List<Problem> readProblems) {
        Analyser.Analysed analysed = analyser.analyse(sources, readProblems);
        List<StoryOutline> stories = clusterer.cluster(analysed.articles()).stream()
                .map(this::outline)
                .sorted(Comparator.comparingInt((StoryOutline s) -> -s.articles().size()))
                .toList();
        List<DuplicateGroup> duplicates = DuplicateIndex.groupsOf(analysed.articles(), DuplicateIndex.Settings.DEFAULTS);
        return new Result(stories, duplicates, analysed.problems());
    }

    private StoryOutline outline(List<AnalysedArticle> group) {
        List<AnalysedArticle> oldestFirst = group.stream()
                .sorted(Comparator.comparing((AnalysedArticle a) -> a.article().metadata().published(),
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        List<Article> articles = oldestFirst.stream().map(AnalysedArticle::article).toList();
        return new StoryOutline(StoryBuilder.storyId(articles), headlines.quick(oldestFirst), articles);
    }
}
