package dev.chorus.pipeline;

import dev.chorus.extract.ArticleExtractor;
import dev.chorus.model.AnalysedArticle;
import dev.chorus.model.Article;
import dev.chorus.model.Problem;
import dev.chorus.model.Source;
import dev.chorus.sentence.SentenceSplitter;

import java.util.ArrayList;
import java.util.List;

/**
 * The first stages every job shares: extract each source's article and split it into sentences. Sources are
 * processed in parallel, but the articles come back in input order, so the result does not depend on
 * thread timing.
 */
public final class Analyser {

    private final ArticleExtractor extractor = new ArticleExtractor();
    private final SentenceSplitter splitter = new SentenceSplitter();

    /**
     * The articles found in some sources, in input order, and every problem: the read problems first, then
     * the sources in which no article text could be found.
     */
    public record Analysed(List<AnalysedArticle> articles, List<Problem> problems) {
    }

    /** Extracts and splits {@code sources}; {@code readProblems} (from reading them) are carried over. */
    public Analysed analyse(List<Source> sources, List<Problem> readProblems) {
        List<Problem> problems = new ArrayList<>(readProblems);
        List<AnalysedArticle> articles = new ArrayList<>(sources.size());
        for (Outcome outcome : sources.parallelStream().map(this::analyse).toList()) {
            if (outcome.problem() != null) {
                problems.add(outcome.problem());
            } else {
                articles.add(outcome.article());
            }
        }
        return new Analysed(articles, problems);
    }

    private Outcome analyse(Source source) {
        try {
            Article article = extractor.extract(source);
            if (article.paragraphs().isEmpty()) {
                return new Outcome(null, Problem.rejected(source.origin(), "no article text found"));
            }
            return new Outcome(splitter.analyse(article), null);
        } catch (RuntimeException e) {
            // A bug in a stage must cost one input, not the run; the message names the input so it can be reported.
            return new Outcome(null, Problem.rejected(source.origin(),
                    "extraction failed (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")"));
        }
    }

    private record Outcome(AnalysedArticle article, Problem problem) {
    }
}
