package dev.chorus.read;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The entries of an RSS (2.0, and 0.9x/1.0) or Atom feed, for reading a feed file as articles and for watching a
 * feed's links. jsoup's XML parser is used because it is lenient, as real feeds need (unescaped ampersands, stray
 * HTML, broken nesting), and never resolves external entities.
 *
 * <p>An item's summary is its {@code description} (Atom {@code summary}), else {@code content:encoded} (Atom
 * {@code content}), turned from HTML into text; its date {@code pubDate}/{@code dc:date} (Atom {@code published},
 * else {@code updated}); its link {@code link}, else a permalink {@code guid} (Atom: the {@code alternate} link);
 * its key the {@code guid} (Atom {@code id}), else the link.
 */
public final class FeedParser {

    /** The document is not an RSS or Atom feed. */
    public static final class NotAFeed extends Exception {
        NotAFeed(String message) {
            super(message);
        }
    }

    /**
     * A feed: its title (the outlet), its language when declared, and its items in feed order.
     *
     * @param atom whether it is an Atom feed (else RSS)
     */
    public record Feed(String title, String language, boolean atom, List<Item> items) {
        public Feed {
            items = List.copyOf(items);
        }
    }

    /**
     * One item; any field may be null but {@code authors}.
     *
     * @param link    the article's address, resolved against the feed's own address when one was given
     * @param key     what identifies the item across reads: its guid or id, else its link
     * @param summary the summary as plain text, paragraphs separated by a blank line
     * @param xml     the item as it is in the feed, for a rejected-record log
     */
    public record Item(String link, String key, String title, LocalDate published, String summary,
                       List<String> authors, String xml) {
        public Item {
            authors = List.copyOf(authors);
        }

        /** The link as an absolute http(s) address, or null when it is missing or anything else. */
        public URI webLink() {
            if (link == null) {
                return null;
            }
            try {
                URI uri = new URI(link);
                String scheme = uri.getScheme();
                return scheme != null && uri.getHost() != null
                        && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) ? uri : null;
            } catch (java.net.URISyntaxException e) {
                return null;
            }
        }
    }

    private FeedParser() {
    }

    /**
     * The feed in {@code xml}; relative links are resolved against {@code base} when it is not null.
     *
     * @throws NotAFeed when the document has no rss, channel, RDF or feed element
     */
    public static Feed parse(String xml, URI base) throws NotAFeed {
        return parse(Jsoup.parse(xml, base == null ? "" : base.toString(), Parser.xmlParser()), base);
    }

    /**
     * The feed in {@code bytes}, decoded with the charset its XML declaration names (else UTF-8); see
     * {@link #parse(String, URI)}.
     */
    public static Feed parse(byte[] bytes, URI base) throws NotAFeed {
        try {
            return parse(Jsoup.parse(new ByteArrayInputStream(bytes), null, base == null ? "" : base.toString(),
                    Parser.xmlParser()), base);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen reading from memory
        }
    }

    private static Feed parse(Document doc, URI base) throws NotAFeed {
        if (doc.selectFirst("rss, channel, feed, rdf|RDF") == null) {
            throw new NotAFeed("not an RSS or Atom feed (no rss, channel or feed element)");
        }
        boolean atom = doc.selectFirst("feed") != null && doc.selectFirst("rss, channel") == null;
        Element channel = atom ? doc.selectFirst("feed") : doc.selectFirst("channel");
        String title = channel == null ? null : childText(channel, "title");
        String language = channel == null ? null : language(childText(channel, "language"));
        if (language == null && channel != null && channel.hasAttr("xml:lang")) {
            language = language(channel.attr("xml:lang"));
        }
        List<Item> items = new ArrayList<>();
        for (Element item : atom ? doc.select("entry") : doc.select("item")) {
            items.add(item(item, atom, base));
        }
        return new Feed(title, language, atom, items);
    }

    private static Item item(Element item, boolean atom, URI base) {
        String link = resolve(atom ? atomLink(item) : firstNonBlank(childText(item, "link"), permalink(item)), base);
        String summary = atom ? firstNonBlank(childText(item, "summary"), childText(item, "content"))
                : firstNonBlank(childText(item, "description"), childText(item, "content|encoded"));
        String dateText = atom ? firstNonBlank(childText(item, "published"), childText(item, "updated"))
                : firstNonBlank(childText(item, "pubDate"), childText(item, "dc|date"));
        return new Item(link, firstNonBlank(childText(item, atom ? "id" : "guid"), link), childText(item, "title"),
                Dates.parse(dateText), summary == null ? null : htmlToText(summary), authors(item, atom),
                item.outerHtml());
    }

    private static String resolve(String link, URI base) {
        if (link == null || base == null) {
            return link;
        }
        try {
            return base.resolve(link).toString();
        } catch (IllegalArgumentException e) {
            return link;
        }
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
