package dev.chorus.summarise;

import dev.chorus.compare.ClaimGroup;
import dev.chorus.model.AnalysedArticle;
import dev.chorus.model.Sentence;
import dev.chorus.model.Story;

import java.util.ArrayList;
import java.util.List;

import static dev.chorus.TestArticles.article;

/** Claims and articles as the compare stage hands them to the summariser, for the summariser's tests. */
final class SummaryStories {

    private SummaryStories() {
    }

    /** A claim with the sentences stating it, each given as "article:index". */
    static ClaimGroup group(String id, String text, String... at) {
        List<Sentence> sentences = new ArrayList<>();
        List<String> articles = new ArrayList<>();
        for (String place : at) {
            String[] parts = place.split(":");
            sentences.add(new Sentence(parts[0], Integer.parseInt(parts[1]), 0, text));
            articles.add(parts[0]);
        }
        return new ClaimGroup(new Story.Claim(id, text, articles, articles.size() == 1), sentences);
    }

    /** An article of {@code count} sentences, so that claims' positions in it are shares of its length. */
    static AnalysedArticle sentences(String id, int count) {
        String[] paragraphs = new String[count];
        for (int i = 0; i < count; i++) {
            paragraphs[i] = "Paragraph " + (i + 1) + " of the report on the coastal line.";
        }
        return article(id, "Coastal line closed", "2024-03-04", paragraphs);
    }
}
