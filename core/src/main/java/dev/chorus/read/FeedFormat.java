package dev.chorus.read;

import dev.chorus.model.Metadata;
import dev.chorus.model.Source;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * RSS (2.0, and 0.9x/1.0) and Atom feeds: one source per item, its text the item's summary ({@code description}
 * or Atom {@code summary}; {@code content:encoded} or Atom {@code content} when there is no summary), turned from
 * HTML into text. The item's link is the article's url, {@code pubDate}/{@code dc:date}/{@code published} (else
 * Atom {@code updated}) its date, the feed's title its outlet. The linked page is not fetched here.
 *
 * <p>Parsed with jsoup's XML parser, which is lenient as real feeds need (unescaped ampersands, stray tags) and
 * never resolves external entities; the feed is read whole, up to {@link ReadLimits#maxRecordBytes}. The id is a
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
        Document doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, "", Parser.xmlParser());
        boolean atom = doc.selectFirst("feed") != null && doc.selectFirst("rss, channel") == null;
        Elements items = atom ? doc.select("entry") : doc.select("item");
        if (doc.selectFirst("rss, channel, feed, rdf|RDF") == null) {
            sink.rejected(input.origin(), "not an RSS or Atom feed (no rss, channel or feed element)", bytes,
                    Math.min(bytes.length, 4096));
            return;
        }
        if (items.isEmpty()) {
            sink.rejected(input.origin(), "feed has no " + (atom ? "entry" : "item") + " (empty, or too malformed to read)",
                    bytes, Math.min(bytes.length, 4096));
            return;
        }
        Element channel = atom ? doc.selectFirst("feed") : doc.selectFirst("channel");
        String outlet = channel == null ? null : childText(channel, "title");
        String language = channel == null ? null : language(childText(channel, "language"));
        if (language == null && channel != null && channel.hasAttr("xml:lang")) {
            language = language(channel.attr("xml:lang"));
        }
        for (int i = 0; i < items.size(); i++) {
            item(items.get(i), atom, input.origin() + "[" + i + "]", outlet, language, sink);
        }
    }

    private static void item(Element item, boolean atom, String origin, String outlet, String language, Sink sink) {
        String title = childText(item, "title");
        String link = atom ? atomLink(item) : firstNonBlank(childText(item, "link"), permalink(item));
        String summary = atom ? firstNonBlank(childText(item, "summary"), childText(item, "content"))
                : firstNonBlank(childText(item, "description"), childText(item, "content|encoded"));
        String text = summary == null ? null : htmlToText(summary);
        if (text == null || text.isBlank()) {
            sink.rejected(origin, "feed item " + (link != null ? link : title != null ? "\"" + title + "\"" : "")
                    + " has no summary or content (the linked page is not fetched when reading a feed)",
                    item.outerHtml());
            return;
        }
        String dateText = atom ? firstNonBlank(childText(item, "published"), childText(item, "updated"))
                : firstNonBlank(childText(item, "pubDate"), childText(item, "dc|date"));
        LocalDate published = Dates.parse(dateText);
        String key = firstNonBlank(childText(item, atom ? "id" : "guid"), link);
        String id = NewsRecord.contentHash(key != null ? key : text);
        Metadata metadata = new Metadata(title, authors(item, atom), published, outlet, language, link,
                null, null);
        sink.source(new Source(id, origin, Source.Kind.RECORD, text, metadata));
    }

    /** The text of the first direct child named {@code name} (a CSS selector), or null. */
    private static String childText(Element parent, String name) {
        for (Element child : parent.children()) {
            if (child.is(name)) {
                String text = child.text().strip();
                return text.isEmpty() ? null : text;
            }
        }
        return null;
    }

    private static String atomLink(Element entry) {
        String fallback = null;
        for (Element link : entry.children()) {
            if (link.is("link") && link.hasAttr("href")) {
                String rel = link.attr("rel");
                if (rel.isEmpty() || rel.equals("alternate")) {
                    return link.attr("href").strip();
                }
                fallback = fallback == null ? link.attr("href").strip() : fallback;
            }
        }
        return fallback;
    }

    private static String permalink(Element item) {
        for (Element guid : item.children()) {
            if (guid.is("guid") && !guid.attr("isPermaLink").equalsIgnoreCase("false")) {
                String text = guid.text().strip();
                return text.startsWith("http") ? text : null;
            }
        }
        return null;
    }

    private static List<String> authors(Element item, boolean atom) {
        List<String> out = new ArrayList<>();
        for (Element child : item.children()) {
            String text = null;
            if (atom && child.is("author")) {
                text = childText(child, "name");
            } else if (!atom && (child.is("author") || child.is("dc|creator"))) {
                text = child.text().strip();
            }
            if (text != null && !text.isEmpty()) {
                out.add(text);
            }
        }
        return out;
    }

    /** Item summaries are HTML more often than not: paragraphs as text, separated by a blank line. */
    static String htmlToText(String summary) {
        if (summary.indexOf('<') < 0 && summary.indexOf('&') < 0) {
            return summary.strip();
        }
        Element body = Jsoup.parseBodyFragment(summary).body();
        Elements paragraphs = body.select("p");
        if (paragraphs.isEmpty()) {
            return body.text().strip();
        }
        List<String> texts = new ArrayList<>();
        for (Element p : paragraphs) {
            String t = p.text().strip();
            if (!t.isEmpty()) {
                texts.add(t);
            }
        }
        return String.join("\n\n", texts);
    }

    private static String language(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String code = tag.strip().toLowerCase(Locale.ROOT);
        int cut = code.indexOf('-');
        return cut > 0 ? code.substring(0, cut) : code;
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a : (b != null && !b.isBlank() ? b : null);
    }
}
