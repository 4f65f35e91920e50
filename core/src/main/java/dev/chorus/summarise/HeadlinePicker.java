package dev.chorus.summarise;

import dev.chorus.model.AnalysedArticle;
import dev.chorus.model.Story;
import dev.chorus.sentence.Terms;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Picks a story's headline: the article title that best covers what the whole story is about (the terms of
 * the summary), so that a title about a side issue or a sensational rewrite is passed over.
 */
public final class HeadlinePicker {

    private static final int MAX_FALLBACK_WORDS = 16;

    /** The headline for a story with these articles and this summary; never blank for a non-empty story. */
    public String pick(List<AnalysedArticle> articles, List<Story.SummarySentence> summary) {
        List<Set<String>> bodies = articles.stream().map(HeadlinePicker::bodyTerms).toList();
        Set<String> summaryTerms = new HashSet<>();
        summary.forEach(s -> summaryTerms.addAll(Terms.of(s.text())));
        String best = null;
        double bestScore = -1;
        for (AnalysedArticle article : articles) {
            String title = article.article().metadata().title();
            if (title == null || title.isBlank()) {
                continue;
            }
            List<String> terms = Terms.of(title);
            if (terms.isEmpty()) {
                continue;
            }
            double score = coverage(new HashSet<>(terms), bodies, summaryTerms);
            if (score > bestScore) {
                bestScore = score;
                best = title.strip();
            }
        }
        if (best != null) {
            return best;
        }
        String first = !summary.isEmpty() ? summary.getFirst().text()
                : articles.stream().flatMap(a -> a.sentences().stream()).map(s -> s.text()).findFirst().orElse("");
        return shorten(first);
    }

    /**
     * A headline without a summary, for listing many stories fast: the title of the first article that has
     * one, else the first sentence of the first article, shortened. Pass the articles oldest first, so that
     * the headline is the original report's rather than a later rewrite's.
     */
    public String quick(List<AnalysedArticle> articles) {
        for (AnalysedArticle article : articles) {
            String title = article.article().metadata().title();
            if (title != null && !title.isBlank()) {
                return title.strip();
            }
        }
        return shorten(articles.stream().flatMap(a -> a.sentences().stream()).map(s -> s.text()).findFirst().orElse(""));
    }

    /** Mean share of the title's terms found in each article, plus its share of the summary's terms. */
    private static double coverage(Set<String> title, List<Set<String>> bodies, Set<String> summaryTerms) {
        double total = 0;
        for (Set<String> body : bodies) {
            total += share(title, body);
        }
        return total / bodies.size() + share(title, summaryTerms);
    }

    private static Set<String> bodyTerms(AnalysedArticle article) {
        Set<String> body = new HashSet<>();
        article.sentences().forEach(s -> body.addAll(Terms.of(s.text())));
        return body;
    }

    private static double share(Set<String> of, Set<String> in) {
        if (of.isEmpty()) {
            return 0;
        }
        long found = of.stream().filter(in::contains).count();
        return (double) found / of.size();
    }

    private static String shorten(String sentence) {
        String[] words = sentence.strip().split("\\s+");
        if (words.length <= MAX_FALLBACK_WORDS) {
            return sentence.strip().replaceAll("[.!]$", "");
        }
        return String.join(" ", java.util.Arrays.copyOf(words, MAX_FALLBACK_WORDS)) + "…";
    }
}
