package dev.chorus.model;

/**
 * One sentence of an article's body.
 *
 * @param articleId the article it belongs to
 * @param index     position among the article's sentences, from 0
 * @param paragraph index of the paragraph it stands in, from 0
 * @param text      the sentence as written, trimmed
 */
public record Sentence(String articleId, int index, int paragraph, String text) {
}
