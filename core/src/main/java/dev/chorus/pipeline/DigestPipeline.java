package dev.chorus.pipeline;

import dev.chorus.cluster.StoryClusterer;
import dev.chorus.extract.ArticleExtractor;
import dev.chorus.model.AnalysedArticle;
import dev.chorus.model.Article;
import dev.chorus.model.Digest;
import dev.chorus.model.Problem;
import dev.chorus.model.Source;
import dev.chorus.model.Story;
import dev.chorus.sentence.SentenceSplitter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The digest job: extract every source, split sentences, cluster into stories, and build each story.
 * Extraction and story building run in parallel; the result does not depend on thread timing.
 */
public final class DigestPipeline {

    private final ArticleExtractor extractor = new ArticleExtractor();
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final StoryClusterer clusterer = new StoryClusterer();
    private final StoryBuilder stories;

    /** @param summaryWords about how many words each story summary should have */
    public DigestPipeline(int summaryWords) {
        this.stories = new StoryBuilder(summaryWords);
    }

    /**
     * The digest of {@code sources}. {@code readProblems} (from reading them) are carried into the result,
     * followed by the sources in which no article text could be found.
     */
    public Digest run(List<Source> sources, List<Problem> readProblems) {
        List<Problem> problems = new ArrayList<>(readProblems);
        List<Extracted> extracted = sources.parallelStream().map(this::extract).toList();
        List<AnalysedArticle> articles = new ArrayList<>();
        for (Extracted e : extracted) {
            if (e.problem() != null) {
                problems.add(e.problem());
            } else {
                articles.add(splitter.analyse(e.article()));
            }
        }
        List<Story> built = clusterer.cluster(articles).parallelStream().map(stories::build).toList();
        List<Story> sorted = built.stream()
                .sorted(Comparator.comparingInt((Story s) -> -s.articles().size())
                        .thenComparing(Story::date, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
        return new Digest(sorted, problems);
    }

    private Extracted extract(Source source) {
        try {
            Article article = extractor.extract(source);
            if (article.paragraphs().isEmpty()) {
                return new Extracted(null, Problem.rejected(source.origin(), "no article text found"));
            }
            return new Extracted(article, null);
        } catch (RuntimeException e) {
            // A bug in a stage must cost one input, not the run; the message names the input so it can be reported.
            return new Extracted(null, Problem.rejected(source.origin(),
                    "extraction failed (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")"));
        }
    }

    private record Extracted(Article article, Problem problem) {
    }
}
