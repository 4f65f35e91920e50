package dev.chorus.model;

import java.util.List;

/**
 * An article together with its sentences, as the sentence stage hands it on.
 *
 * @param article   the clean article
 * @param sentences its body sentences in reading order
 */
public record AnalysedArticle(Article article, List<Sentence> sentences) {
    public AnalysedArticle {
        sentences = List.copyOf(sentences);
    }

    public String id() {
        return article.id();
    }
}
