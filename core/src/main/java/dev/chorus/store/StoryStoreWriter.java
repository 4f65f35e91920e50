package dev.chorus.store;

import dev.chorus.model.Article;
import dev.chorus.model.Story;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The write side of a story store, as incremental ingest ({@code dev.chorus.pipeline.IngestPipeline}) uses
 * it: what is stored already, which stories can still grow, and one atomic {@link #commit} per batch. Only
 * one writer may have a store open at a time.
 */
public interface StoryStoreWriter extends StoryStore {

    /**
     * An article as stored.
     *
     * @param sequence    its place in the order articles were stored, from 0; never reused
     * @param fingerprint its content fingerprint ({@link Fingerprints#of}): one article per fingerprint
     * @param embedding   the vector the clusterer embedded it as, kept so that a resumed run need not embed it
     *                    again (stored at half precision); null when it was not embedded
     */
    record StoredArticle(Article article, long sequence, String fingerprint, float[] embedding) {
        public StoredArticle {
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(fingerprint, "fingerprint");
        }

        public StoredArticle(Article article, long sequence, String fingerprint) {
            this(article, sequence, fingerprint, null);
        }

        public String id() {
            return article.id();
        }
    }

    /** A stored story's id and its articles, in the order they were stored (its founding article first). */
    record Members(String storyId, List<StoredArticle> articles) {
        public Members {
            articles = List.copyOf(articles);
        }
    }

    /**
     * A story to write, with its analysis rebuilt. Every article of {@code story} is (re)written, as member
     * of this story; {@code articles} gives their sequence and fingerprint.
     *
     * @param open whether later articles can still join it
     */
    record StoryVersion(Story story, List<StoredArticle> articles, boolean open) {
        public StoryVersion {
            articles = List.copyOf(articles);
            if (articles.size() != story.articles().size()) {
                throw new IllegalArgumentException("story " + story.id() + ": one stored article per article needed");
            }
        }
    }

    /**
     * One batch of changes, written all or nothing.
     *
     * @param stories      stories new or changed, each with all its articles
     * @param deleted      ids of stories left without articles (their article joined another story)
     * @param closed       ids of stories that can no longer be joined and are otherwise unchanged
     * @param nextSequence the sequence number the next stored article will take
     */
    record Update(List<StoryVersion> stories, Collection<String> deleted, Collection<String> closed,
                  long nextSequence) {
        public Update {
            stories = List.copyOf(stories);
            deleted = List.copyOf(deleted);
            closed = List.copyOf(closed);
        }
    }

    /** Of {@code fingerprints}, those of articles already stored. */
    Set<String> storedFingerprints(Collection<String> fingerprints);

    /** Of {@code ids}, those of articles already stored. */
    Set<String> storedArticleIds(Collection<String> ids);

    /** The stored articles with these ids (those that exist), in no particular order. */
    List<StoredArticle> storedArticles(Collection<String> ids);

    /** The stories that can still be joined, least recently joined first. */
    List<Members> openStories();

    /**
     * Closed stories whose latest article was published on or after {@code latestFrom} and whose earliest on
     * or before {@code earliestTo}: the ones an article arriving late, out of date order, may belong to.
     * At most {@code limit}, the most recent first.
     */
    List<Members> closedStoriesAround(LocalDate latestFrom, LocalDate earliestTo, int limit);

    /** The sequence number the next stored article takes. */
    long nextSequence();

    /**
     * Writes {@code update} durably and atomically: after a crash at any moment, the store holds either all
     * of it or none of it. Readers see it once this returns.
     */
    void commit(Update update);
}
