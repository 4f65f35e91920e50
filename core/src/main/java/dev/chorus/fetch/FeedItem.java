package dev.chorus.fetch;

import java.net.URI;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry of an RSS or Atom feed: where the article is, and what the feed says about it.
 *
 * @param link      the article's address, absolute
 * @param title     the entry's title, or null
 * @param published the entry's date, or null when it has none that can be read
 * @param summary   the entry's summary or description as plain text, or null
 */
public record FeedItem(URI link, String title, LocalDate published, String summary) {
    public FeedItem {
        Objects.requireNonNull(link, "link");
    }
}
