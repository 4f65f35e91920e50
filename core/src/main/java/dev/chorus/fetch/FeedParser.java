package dev.chorus.fetch;

import dev.chorus.extract.DateParser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The entries of an RSS 2.0, RSS 1.0 (RDF) or Atom feed. jsoup's XML parser is used because it is lenient:
 * real feeds carry undeclared entities, stray HTML and broken nesting, and a strict parser would lose every
 * entry for one bad byte. A document that is not a feed at all is reported as such.
 */
public final class FeedParser {

    /** The document is not an RSS or Atom feed. */
    public static final class NotAFeed extends Exception {
        NotAFeed(String message) {
            super(message);
        }
    }

    private FeedParser() {
    }

    /**
     * The entries of {@code xml}, in feed order, without repeated links; relative links are resolved against
     * {@code base}. Entries without a usable http(s) link are left out.
     *
     * @throws NotAFeed when the document has no RSS channel and no Atom feed element
     */
    public static List<FeedItem> parse(String xml, URI base) throws NotAFeed {
        Document doc = Jsoup.parse(xml, base.toString(), Parser.xmlParser());
        List<Element> entries;
        boolean atom;
        if (!doc.getElementsByTag("feed").isEmpty()) {
            entries = doc.getElementsByTag("entry");
            atom = true;
        } else if (!doc.getElementsByTag("rss").isEmpty() || !doc.getElementsByTag("rdf:RDF").isEmpty()
                || !doc.getElementsByTag("channel").isEmpty()) {
            entries = doc.getElementsByTag("item");
            atom = false;
        } else {
            throw new NotAFeed("not an RSS or Atom feed");
        }
        List<FeedItem> items = new ArrayList<>();
        Set<URI> seen = new LinkedHashSet<>();
        for (Element entry : entries) {
            Optional<URI> link = atom ? atomLink(entry, base) : rssLink(entry, base);
            if (link.isEmpty() || !seen.add(link.get())) {
                continue;
            }
            String title = text(entry, "title");
            String summary = atom ? firstText(entry, "summary", "content") : firstText(entry, "description", "content:encoded");
            LocalDate date = date(entry, atom ? new String[]{"published", "updated"}
                    : new String[]{"pubDate", "dc:date", "published", "updated"});
            items.add(new FeedItem(link.get(), title, date, summary == null ? null : plain(summary)));
        }
        return items;
    }

    private static Optional<URI> rssLink(Element item, URI base) {
        Optional<URI> link = absolute(text(item, "link"), base);
        if (link.isPresent()) {
            return link;
        }
        Element guid = item.selectFirst("guid");
        if (guid != null && !"false".equalsIgnoreCase(guid.attr("isPermaLink"))) {
            return absolute(guid.text(), base);
        }
        return Optional.empty();
    }

    private static Optional<URI> atomLink(Element entry, URI base) {
        Element best = null;
        for (Element link : entry.getElementsByTag("link")) {
            String rel = link.attr("rel");
            if (rel.isEmpty() || rel.equals("alternate")) {
                best = link;
                break;
            }
        }
        return best == null ? Optional.empty() : absolute(best.attr("href"), base);
    }

    private static Optional<URI> absolute(String link, URI base) {
        if (link == null || link.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = base.resolve(link.strip());
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    ? Optional.of(uri) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static LocalDate date(Element entry, String... tags) {
        for (String tag : tags) {
            String value = text(entry, tag);
            if (value != null) {
                Optional<LocalDate> date = DateParser.parse(value);
                if (date.isPresent()) {
                    return date.get();
                }
            }
        }
        return null;
    }

    private static String firstText(Element entry, String... tags) {
        for (String tag : tags) {
            String value = text(entry, tag);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String text(Element entry, String tag) {
        for (Element child : entry.children()) {
            if (child.tagName().equalsIgnoreCase(tag)) {
                String value = child.text().strip();
                return value.isEmpty() ? null : value;
            }
        }
        return null;
    }

    /** Feed summaries are often escaped HTML; the text of it is what is wanted. */
    private static String plain(String summary) {
        return summary.indexOf('<') >= 0 ? Jsoup.parse(summary).text() : summary;
    }
}
