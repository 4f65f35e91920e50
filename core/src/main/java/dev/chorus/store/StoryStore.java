package dev.chorus.store;

import dev.chorus.model.Article;
import dev.chorus.model.Story;

import java.io.Closeable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The read side of a story store: what the CLI's {@code stories}, {@code story} and {@code search} commands and
 * the HTTP server need. Every method is safe to call from several threads; a reader sees the store as of the
 * last completed write, never half of one.
 */
public interface StoryStore extends Closeable {

    /** The stored article with this id, clean text and removed boilerplate included. */
    Optional<Article> article(String id);

    /** The story with this id, with its whole analysis (summary, claims, quotes, entities, conflicts, copies). */
    Optional<Story> story(String id);

    /** The id of the story that holds the article with this id. */
    Optional<String> storyOf(String articleId);

    /** A page of story cards, in the listing's order. */
    List<StoryCard> stories(StoryListing listing);

    /** Stories whose articles match the query, best first, with facet counts over every match. */
    SearchResult search(SearchQuery query);

    /** How many articles and stories are stored. */
    Counts counts();

    /**
     * A number that changes whenever what a reader sees changes (a write landed): two calls that return the same
     * number saw the same stories, so an answer computed at one may be reused at the other.
     */
    long version();

    /**
     * A number that changes whenever what story {@code id} shows changes, whatever else is written: a page of a
     * story no ingest touched can be kept across ingests. Empty when the store does not know (then only
     * {@link #version()} tells).
     */
    default OptionalLong storyVersion(String id) {
        return OptionalLong.empty();
    }

    /** What a list of stories shows of each: enough to choose one without loading it. */
    record StoryCard(String id, String headline, LocalDate date, int articleCount, List<String> outlets,
                     String lead) {
        public StoryCard {
            Objects.requireNonNull(id, "id");
            outlets = List.copyOf(outlets);
        }
    }

    /** Which stories to list: newest or largest first, optionally only those dated on or after {@code since}. */
    record StoryListing(Order order, LocalDate since, int offset, int limit) {
        public enum Order { NEWEST, LARGEST }

        public StoryListing {
            Objects.requireNonNull(order, "order");
            if (offset < 0 || limit < 0) {
                throw new IllegalArgumentException("offset and limit must not be negative");
            }
        }

        public static StoryListing newest(int limit) {
            return new StoryListing(Order.NEWEST, null, 0, limit);
        }
    }

    /**
     * A full-text query over article titles and text, with filters; a null or empty filter does not filter.
     *
     * @param text     the words to find (the query syntax is the implementation's; plain words always work);
     *                 empty matches every article
     * @param from     earliest publication date, inclusive
     * @param to       latest publication date, inclusive
     */
    record SearchQuery(String text, String outlet, String entity, String language, LocalDate from, LocalDate to,
                       int offset, int limit) {
        public SearchQuery {
            text = text == null ? "" : text;
            if (offset < 0 || limit < 0) {
                throw new IllegalArgumentException("offset and limit must not be negative");
            }
        }

        public static SearchQuery of(String text, int limit) {
            return new SearchQuery(text, null, null, null, null, null, 0, limit);
        }
    }

    /** One story matching a search, with the best-matching article of it and a short extract around the match. */
    record SearchHit(StoryCard story, String articleId, String articleTitle, String snippet, double score) {
    }

    /**
     * @param total  how many stories match in all
     * @param facets per facet ({@code outlet}, {@code entity}, {@code language}): value to number of matching
     *               articles, largest first
     */
    record SearchResult(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {
        public SearchResult {
            hits = List.copyOf(hits);
            facets = Map.copyOf(facets);
        }
    }

    record FacetCount(String value, long count) {
    }

    record Counts(long articles, long stories) {
    }
}
