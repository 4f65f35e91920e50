package dev.chorus.model;

import java.util.List;

/**
 * The result of a run: the stories found, and the inputs that could not be used.
 *
 * @param stories  stories, largest first
 * @param problems inputs rejected, in the order met
 */
public record Digest(List<Story> stories, List<Problem> problems) {
    public Digest {
        stories = List.copyOf(stories);
        problems = List.copyOf(problems);
    }
}
