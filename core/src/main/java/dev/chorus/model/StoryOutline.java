package dev.chorus.model;

import java.util.List;

/**
 * A story as the fast clustering path gives it: which articles belong together, without the comparison and
 * summary of a full {@link Story}.
 *
 * @param id       stable id, the same as the digest gives the same set of articles
 * @param headline a cheap headline (an article title, else a first sentence)
 * @param articles oldest first; input order among articles of the same (or no) date
 */
public record StoryOutline(String id, String headline, List<Article> articles) {
    public StoryOutline {
        articles = List.copyOf(articles);
    }
}
