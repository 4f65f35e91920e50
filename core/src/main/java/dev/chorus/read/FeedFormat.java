package dev.chorus.read;

import dev.chorus.model.Metadata;
import dev.chorus.model.Source;

import java.io.IOException;

/**
 * RSS (2.0, and 0.9x/1.0) and Atom feeds: one source per item, its text the item's summary ({@code description}
 * or Atom {@code summary}; {@code content:encoded} or Atom {@code content} when there is no summary), turned from
 * HTML into text. The item's link is the article's url, {@code pubDate}/{@code dc:date}/{@code published} (else
 * Atom {@code updated}) its date, the feed's title its outlet. The linked page is not fetched here.
 *
 * <p>Parsed by {@link FeedParser}; the feed is read whole, up to {@link ReadLimits#maxRecordBytes}. The id is a
 * hash of the item's guid (else link), so the same item read twice has the same id.
 */
final class FeedFormat implements FormatReader {

    @Override
    public void read(Input input, Sink sink) throws IOException {
        byte[] bytes = DocumentFormat.readBounded(input.stream(), sink.limits(), input.origin());
        if (bytes == null) {
            sink.rejected(input.origin(), "feed larger than the limit of " + ReadLimits.size(sink.limits().maxRecordBytes()));
            return;
        }
        if (TextDecoder.looksBinary(bytes)) {
            sink.rejected(input.origin(), "binary content, not a feed", bytes, Math.min(bytes.length, 4096));
            return;
        }
        FeedParser.Feed feed;
        try {
            feed = FeedParser.parse(bytes, null);
        } catch (FeedParser.NotAFeed e) {
            sink.rejected(input.origin(), e.getMessage(), bytes, Math.min(bytes.length, 4096));
            return;
        }
        if (feed.items().isEmpty()) {
            sink.rejected(input.origin(), "feed has no " + (feed.atom() ? "entry" : "item") + " (empty, or too malformed to read)",
                    bytes, Math.min(bytes.length, 4096));
            return;
        }
        for (int i = 0; i < feed.items().size(); i++) {
            item(feed.items().get(i), input.origin() + "[" + i + "]", feed, sink);
        }
    }

    private static void item(FeedParser.Item item, String origin, FeedParser.Feed feed, Sink sink) {
        String link = item.link();
        String text = item.summary();
        if (text == null || text.isBlank()) {
            sink.rejected(origin, "feed item " + (link != null ? link : item.title() != null ? "\"" + item.title() + "\"" : "")
                    + " has no summary or content (the linked page is not fetched when reading a feed)", item.xml());
            return;
        }
        String id = NewsRecord.contentHash(item.key() != null ? item.key() : text);
        Metadata metadata = new Metadata(item.title(), item.authors(), item.published(), feed.title(), feed.language(),
                link, null, null);
        sink.source(new Source(id, origin, Source.Kind.RECORD, text, metadata));
    }
}
