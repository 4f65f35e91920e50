package dev.chorus.compare;

import dev.chorus.model.Sentence;
import dev.chorus.model.Story;

import java.util.List;

/**
 * One aligned claim and the sentences that state it: at most one sentence per article, in the articles'
 * input order. {@code claim.articles()} lists the articles of {@code sentences} in the same order, and
 * {@code claim.text()} is the text of one of them (the representative).
 *
 * @param claim     the claim as it goes into the story
 * @param sentences the supporting sentences, one per article
 */
public record ClaimGroup(Story.Claim claim, List<Sentence> sentences) {
    public ClaimGroup {
        sentences = List.copyOf(sentences);
    }
}
