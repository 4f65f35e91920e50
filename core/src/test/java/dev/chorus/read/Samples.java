package dev.chorus.read;

import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.commons.compress.compressors.zstandard.ZstdCompressorOutputStream;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/** Real-format inputs the tests write themselves: WARC files with jwarc's writer, feeds, compressed files. */
final class Samples {

    private Samples() {
    }

    /** A news page as crawled, with its publication date in the page's metadata. */
    static String page(String title, String published, String... paragraphs) {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs) {
            body.append("<p>").append(p).append("</p>\n");
        }
        return "<!DOCTYPE html><html><head><title>" + title + "</title>"
                + "<meta property=\"article:published_time\" content=\"" + published + "T08:00:00Z\">"
                + "</head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>"
                + "<article><h1>" + title + "</h1>" + body + "</article><footer>Copyright</footer></body></html>";
    }

    /** One page to put in a WARC: where it was crawled from, when, and its HTTP response. */
    record Capture(String url, Instant crawled, int status, String contentType, byte[] body) {
        static Capture html(String url, Instant crawled, String html) {
            return new Capture(url, crawled, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
        }

        Capture withStatus(int newStatus) {
            return new Capture(url, crawled, newStatus, contentType, body);
        }
    }

    /**
     * A WARC as a crawler writes it: a metadata record, then a request and a response record per capture;
     * gzipped one record a member when {@code gzip}.
     */
    static Path warc(Path file, boolean gzip, List<Capture> captures) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
             WarcWriter writer = new WarcWriter(channel, gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
            writer.write(new WarcMetadata.Builder().fields(Map.of("software", List.of("test-crawler/1.0"))).build());
            for (Capture c : captures) {
                writer.write(new WarcRequest.Builder(c.url()).date(c.crawled())
                        .body(new HttpRequest.Builder("GET", c.url()).addHeader("User-Agent", "test").build()).build());
                HttpResponse http = new HttpResponse.Builder(c.status(), c.status() == 200 ? "OK" : "Not Found")
                        .body(MediaType.parse(c.contentType()), c.body()).build();
                writer.write(new WarcResponse.Builder(c.url()).date(c.crawled()).body(http).build());
            }
        }
        return file;
    }

    static Path gzip(Path file, byte[] content) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content);
        }
        return file;
    }

    static Path bzip2(Path file, byte[] content) throws IOException {
        try (OutputStream out = new BZip2CompressorOutputStream(Files.newOutputStream(file))) {
            out.write(content);
        }
        return file;
    }

    static Path zstd(Path file, byte[] content) throws IOException {
        try (OutputStream out = new ZstdCompressorOutputStream(Files.newOutputStream(file))) {
            out.write(content);
        }
        return file;
    }

    static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
                 xmlns:content="http://purl.org/rss/1.0/modules/content/">
            <channel>
              <title>Harbour Herald</title>
              <link>https://harbour-herald.example/</link>
              <language>en-gb</language>
              <item>
                <title>Ferry crews end strike after pay deal</title>
                <link>https://harbour-herald.example/2021/03/05/ferry-strike</link>
                <guid isPermaLink="false">hh-1001</guid>
                <pubDate>Fri, 05 Mar 2021 14:02:00 +0000</pubDate>
                <dc:creator>Ana Pires</dc:creator>
                <description>&lt;p&gt;Ferry crews returned to work on Friday after a four-day strike.&lt;/p&gt;&lt;p&gt;The union accepted a 4% raise.&lt;/p&gt;</description>
              </item>
              <item>
                <title>Harbour dredging begins</title>
                <link>https://harbour-herald.example/2021/03/06/dredging</link>
                <pubDate>Sat, 06 Mar 2021 09:00:00 GMT</pubDate>
                <content:encoded><![CDATA[<p>Dredgers began clearing the east channel on Saturday morning.</p>]]></content:encoded>
              </item>
              <item>
                <title>Photo gallery: the harbour at dawn</title>
                <link>https://harbour-herald.example/gallery/dawn</link>
              </item>
            </channel>
            </rss>
            """;

    static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">
              <title>Valdoria Nachrichten</title>
              <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
              <updated>2021-03-07T18:30:02Z</updated>
              <entry>
                <title>Hochwasser in Valdoria geht zurück</title>
                <link rel="alternate" href="https://valdoria.example/hochwasser"/>
                <link rel="enclosure" href="https://valdoria.example/bild.jpg"/>
                <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
                <published>2021-03-07T06:15:00+01:00</published>
                <updated>2021-03-07T18:30:02Z</updated>
                <author><name>Jonas Weber</name></author>
                <summary type="html">&lt;p&gt;Der Fluss ist über Nacht um einen Meter gefallen.&lt;/p&gt;</summary>
              </entry>
            </feed>
            """;
}
