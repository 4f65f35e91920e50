package dev.chorus.cluster;

import dev.chorus.embed.TextEmbedder;
import dev.chorus.model.AnalysedArticle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Groups a batch of articles into stories by feeding them to a {@link StreamingStoryClusterer} in publication
 * order (undated articles after the dated ones, each group in input order), so a batch and a stream of the
 * same articles give the same stories, once the stream is {@link StreamingStoryClusterer#finish finished}
 * (which gives the articles still alone their second chance).
 */
public final class StoryClusterer {

    /** Articles embedded together and then assigned in turn. */
    static final int CHUNK = 256;

    private final StreamingStoryClusterer.Options options;
    private final TextEmbedder embedder;

    /** A clusterer with the default options and no embeddings. */
    public StoryClusterer() {
        this(StreamingStoryClusterer.DEFAULTS, null);
    }

    /** A clusterer with no embeddings. */
    public StoryClusterer(StreamingStoryClusterer.Options options) {
        this(options, null);
    }

    /** @param embedder the sentence-embedding model, or null for none; not closed by this clusterer */
    public StoryClusterer(StreamingStoryClusterer.Options options, TextEmbedder embedder) {
        this.options = options;
        this.embedder = embedder;
    }

    /** The clustering settings. */
    public StreamingStoryClusterer.Options options() {
        return options;
    }

    /** The sentence-embedding model, or null for none. */
    public TextEmbedder embedder() {
        return embedder;
    }

    /** A new streaming clusterer with these settings and this embedder, for a caller that feeds it itself. */
    public StreamingStoryClusterer newStream() {
        return new StreamingStoryClusterer(options, embedder);
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
        StreamingStoryClusterer stream = newStream();
        for (int from = 0; from < order.length; from += CHUNK) {
            List<AnalysedArticle> chunk = new ArrayList<>();
            for (int k = from; k < Math.min(order.length, from + CHUNK); k++) {
                chunk.add(articles.get(order[k]));
            }
            stream.addAll(chunk);
        }
        stream.finish();
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
