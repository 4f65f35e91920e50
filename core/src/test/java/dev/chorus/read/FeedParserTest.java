package dev.chorus.read;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FeedParserTest {

    private static final URI BASE = URI.create("https://news.example.org/rss/world.xml");

    @Test
    void readsRssItemsWithHtmlDescriptionsRelativeLinksAndPermalinkGuids() throws Exception {
        String rss = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
                <channel><title>World</title><link>https://news.example.org/</link>
                <item><title>Quake hits coastal towns</title><link>/world/quake-hits-coastal-towns</link>
                  <description><![CDATA[<p>Rescue teams reached <b>three</b> villages.</p>]]></description>
                  <pubDate>Tue, 29 Dec 2020 10:15:00 GMT</pubDate></item>
                <item><title>Ministers meet</title><guid isPermaLink="true">https://news.example.org/a/2</guid>
                  <dc:date>2020-12-30T08:00:00Z</dc:date></item>
                <item><title>Duplicate</title><link>https://news.example.org/world/quake-hits-coastal-towns</link></item>
                <item><title>No link</title><guid isPermaLink="false">tag:1234</guid></item>
                </channel></rss>
                """;
        List<FeedParser.Item> items = FeedParser.parse(rss, BASE).items();
        assertEquals(4, items.size());
        FeedParser.Item quake = items.get(0);
        assertEquals(URI.create("https://news.example.org/world/quake-hits-coastal-towns"), quake.webLink());
        assertEquals("Quake hits coastal towns", quake.title());
        assertEquals("Rescue teams reached three villages.", quake.summary());
        assertEquals(LocalDate.of(2020, 12, 29), quake.published());
        assertEquals(URI.create("https://news.example.org/a/2"), items.get(1).webLink());
        assertNull(items.get(3).webLink(), "a guid that is not a permalink is no link");
        assertEquals("tag:1234", items.get(3).key());
        assertEquals(LocalDate.of(2020, 12, 30), items.get(1).published());
        assertNull(items.get(1).summary());
    }

    @Test
    void readsAtomEntriesTakingTheAlternateLink() throws Exception {
        String atom = """
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
                <entry><title type="html">Talks &amp;amp; truce</title>
                  <link rel="self" href="https://wire.example.com/api/e/1"/>
                  <link rel="alternate" type="text/html" href="https://wire.example.com/story/1"/>
                  <updated>2021-01-04T09:00:00+01:00</updated><published>2021-01-03T22:00:00+01:00</published>
                  <summary>Both sides agreed to a ceasefire.</summary></entry>
                <entry><title>Javascript link</title><link href="javascript:alert(1)"/></entry>
                </feed>
                """;
        List<FeedParser.Item> items = FeedParser.parse(atom, BASE).items();
        assertEquals(2, items.size());
        assertEquals(URI.create("https://wire.example.com/story/1"), items.get(0).webLink());
        assertNull(items.get(1).webLink(), "a javascript: link is no web link");
        assertEquals(LocalDate.of(2021, 1, 3), items.get(0).published(), "published comes before updated");
        assertEquals("Both sides agreed to a ceasefire.", items.get(0).summary());
    }

    @Test
    void aPageThatIsNotAFeedIsSaidToBeOne() {
        assertThrows(FeedParser.NotAFeed.class,
                () -> FeedParser.parse("<html><body><h1>502 Bad Gateway</h1></body></html>", BASE));
        assertThrows(FeedParser.NotAFeed.class, () -> FeedParser.parse("\u0000\u0001garbage{{", BASE));
    }
}
