package dev.chorus.cluster;

import dev.chorus.model.AnalysedArticle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Groups a batch of articles into stories by feeding them to a {@link StreamingStoryClusterer} in publication
 * order (undated articles after the dated ones, each group in input order), so a batch and a stream of the
 * same articles give the same stories.
 */
public final class StoryClusterer {

    private final StreamingStoryClusterer.Options options;

    public StoryClusterer() {
        this(StreamingStoryClusterer.DEFAULTS);
    }

    public StoryClusterer(StreamingStoryClusterer.Options options) {
        this.options = options;
    }

    /**
     * The stories among {@code articles}: groups in order of their first article, each group's articles in
     * input order. Every article is in exactly one group; an article like no other is a group of one.
     */
    public List<List<AnalysedArticle>> cluster(List<AnalysedArticle> articles) {
        int[] order = IntStream.range(0, articles.size()).boxed()
                .sorted(Comparator.comparing((Integer i) -> articles.get(i).article().metadata().published(),
                        Comparator.nullsLast(Comparator.<LocalDate>naturalOrder())))
                .mapToInt(Integer::intValue).toArray();
        StreamingStoryClusterer stream = new StreamingStoryClusterer(options);
        for (int i : order) {
            stream.add(articles.get(i));
        }
        int[] storyOf = new int[articles.size()];
        List<int[]> stories = stream.stories();
        for (int s = 0; s < stories.size(); s++) {
            for (int arrival : stories.get(s)) {
                storyOf[order[arrival]] = s;
            }
        }
        List<List<AnalysedArticle>> groups = new ArrayList<>();
        int[] groupOf = new int[stories.size()];
        java.util.Arrays.fill(groupOf, -1);
        for (int i = 0; i < articles.size(); i++) {
            int s = storyOf[i];
            if (groupOf[s] < 0) {
                groupOf[s] = groups.size();
                groups.add(new ArrayList<>());
            }
            groups.get(groupOf[s]).add(articles.get(i));
        }
        return groups;
    }
}
