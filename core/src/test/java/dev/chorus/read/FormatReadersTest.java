package dev.chorus.read;

import dev.chorus.extract.ArticleExtractor;
import dev.chorus.model.Article;
import dev.chorus.model.Problem;
import dev.chorus.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each reader on real-format samples the test writes itself, and the choice of reader by content. */
class FormatReadersTest {

    @TempDir
    Path dir;

    private static final Instant CRAWLED = Instant.parse("2021-03-09T23:40:00Z");

    private static final String JSONL = """
            {"id": "n1", "title": "Ferry strike ends", "maintext": "Crews returned to work on Friday after a deal."}
            {"id": "n2", "title": "Dredging begins", "maintext": "Dredgers began clearing the east channel."}
            """;

    @Test
    void warcGzWrittenByJwarcGivesOneSourcePerHtmlResponseWithUrlAndCrawlDateButNotAsPublicationDate()
            throws IOException {
        Path warc = Samples.warc(dir.resolve("crawl.warc.gz"), true, List.of(
                Samples.Capture.html("https://harbour-herald.example/ferry",
                        CRAWLED, Samples.page("Ferry crews end strike", "2021-03-04",
                                "Ferry crews returned to work on Friday after a four-day strike over pay.",
                                "The union said members had accepted a raise of four percent this year.")),
                new Samples.Capture("https://harbour-herald.example/logo.png", CRAWLED, 200, "image/png",
                        new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}),
                Samples.Capture.html("https://harbour-herald.example/missing", CRAWLED, "<html>gone</html>")
                        .withStatus(404),
                Samples.Capture.html("https://valdoria.example/flood", CRAWLED, Samples.page("Flood recedes",
                        "2021-03-08", "The river fell by a metre overnight, officials in Valdoria said."))));

        List<Source> sources = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        SourceReader.Summary summary = new SourceReader().read(List.of(warc), sources::add, problems::add);

        assertEquals(List.of(), problems);
        assertEquals(2, sources.size());
        Source ferry = sources.getFirst();
        assertEquals(Source.Kind.HTML, ferry.kind());
        assertEquals("https://harbour-herald.example/ferry", ferry.metadata().url());
        assertEquals(LocalDate.of(2021, 3, 9), ferry.metadata().crawled());
        assertNull(ferry.metadata().published(), "the crawl date is not a publication date");
        assertTrue(ferry.origin().matches(".*crawl\\.warc\\.gz@\\d+"), ferry.origin());
        assertEquals(Map.of("HTTP 4xx responses", 1L, "metadata records", 1L, "non-HTML responses", 1L,
                "request records", 4L), summary.skipped());

        Article article = new ArticleExtractor().extract(ferry);
        assertEquals(LocalDate.of(2021, 3, 4), article.metadata().published(), "the page's own date");
        assertEquals(LocalDate.of(2021, 3, 9), article.metadata().crawled());
        assertTrue(article.text().contains("four-day strike"), article.text());
    }

    @Test
    void contentDecidesOverTheName() throws IOException {
        Path warc = Samples.warc(dir.resolve("segment-00042.dat"), false, List.of(Samples.Capture.html(
                "https://valdoria.example/a", CRAWLED, Samples.page("A", "2021-03-01", "Text of page a."))));
        Path gzipped = Samples.gzip(dir.resolve("page-without-extension"),
                Samples.page("B", "2021-03-02", "Text of page b.").getBytes(StandardCharsets.UTF_8));
        Path feed = Files.writeString(dir.resolve("herald.xml"), Samples.RSS);
        Path jsonAsText = Files.writeString(dir.resolve("records.txt"), JSONL);
        Path objectAsHtml = Files.writeString(dir.resolve("one.html"),
                "{\"title\": \"C\", \"text\": \"Text of record c.\"}");

        SourceReader.Result result = new SourceReader().readAll(List.of(warc, gzipped, feed, jsonAsText, objectAsHtml));

        List<Source> s = result.sources();
        assertEquals(Source.Kind.HTML, s.get(0).kind());
        assertEquals("https://valdoria.example/a", s.get(0).metadata().url(), "WARC named .dat");
        assertEquals("page-without-extension", s.get(1).id());
        assertEquals(Source.Kind.HTML, s.get(1).kind(), "gzip found by its magic bytes, then HTML by its content");
        assertEquals("Ferry crews end strike after pay deal", s.get(2).metadata().title(), "RSS named .xml");
        assertEquals(List.of("n1", "n2"), List.of(s.get(4).id(), s.get(5).id()), "JSON lines named .txt");
        assertEquals("one", s.get(6).id(), "one JSON object named .html: a JSON document, id from the file name");
        assertEquals(7, s.size());
        assertEquals(1, result.problems().size(), result.problems().toString()); // the gallery item without text
    }

    @Test
    void rssItemsBecomeSourcesWithLinkDateTitleAndSummaryText() throws IOException {
        Path feed = Files.writeString(dir.resolve("herald.rss"), Samples.RSS);
        SourceReader.Result result = new SourceReader().readAll(List.of(feed));

        assertEquals(2, result.sources().size());
        Source first = result.sources().getFirst();
        assertEquals(Source.Kind.RECORD, first.kind());
        assertEquals("Ferry crews returned to work on Friday after a four-day strike.\n\nThe union accepted a 4% raise.",
                first.body());
        assertEquals("https://harbour-herald.example/2021/03/05/ferry-strike", first.metadata().url());
        assertEquals(LocalDate.of(2021, 3, 5), first.metadata().published());
        assertEquals(List.of("Ana Pires"), first.metadata().authors());
        assertEquals("Harbour Herald", first.metadata().outlet());
        assertEquals("en", first.metadata().language());
        assertEquals(NewsRecord.contentHash("hh-1001"), first.id(), "id from the guid: stable across reads");
        assertEquals("Dredgers began clearing the east channel on Saturday morning.", result.sources().get(1).body(),
                "content:encoded when there is no description");

        Problem gallery = result.problems().getFirst();
        assertTrue(gallery.rejected());
        assertEquals(feed + "[2]", gallery.origin());
        assertTrue(gallery.reason().contains("no summary"), gallery.reason());
    }

    @Test
    void atomEntriesUseTheAlternateLinkAndPublishedDate() throws IOException {
        Path feed = Files.writeString(dir.resolve("valdoria.atom"), Samples.ATOM);
        SourceReader.Result result = new SourceReader().readAll(List.of(feed));

        assertEquals(List.of(), result.problems());
        Source entry = result.sources().getFirst();
        assertEquals("Der Fluss ist über Nacht um einen Meter gefallen.", entry.body());
        assertEquals("https://valdoria.example/hochwasser", entry.metadata().url());
        assertEquals(LocalDate.of(2021, 3, 7), entry.metadata().published());
        assertEquals(List.of("Jonas Weber"), entry.metadata().authors());
        assertEquals("Valdoria Nachrichten", entry.metadata().outlet());
        assertEquals("de", entry.metadata().language());
    }

    @Test
    void bzip2AndZstdFilesAreDecompressed() throws IOException {
        byte[] jsonl = JSONL.getBytes(StandardCharsets.UTF_8);
        Samples.bzip2(dir.resolve("a.jsonl.bz2"), jsonl);
        Samples.zstd(dir.resolve("b.jsonl.zst"), JSONL.replace("\"n", "\"z").getBytes(StandardCharsets.UTF_8));

        SourceReader.Result result = new SourceReader().readAll(List.of(dir));

        assertEquals(List.of(), result.problems());
        assertEquals(List.of("n1", "n2", "z1", "z2"), result.sources().stream().map(Source::id).toList());
    }

    @Test
    void standardInputIsReadForDash() {
        SourceReader reader = new SourceReader().withStdin(new ByteArrayInputStream(JSONL.getBytes(StandardCharsets.UTF_8)));
        SourceReader.Result result = reader.readAll(List.of(Path.of("-")));

        assertEquals(List.of("n1", "n2"), result.sources().stream().map(Source::id).toList());
        assertEquals("-:2", result.sources().get(1).origin());
    }

    @Test
    void includeAndExcludeGlobsFilterWhatDirectoriesYield() throws IOException {
        Files.createDirectories(dir.resolve("2021/03"));
        Files.writeString(dir.resolve("2021/03/a.txt"), "Alpha\n\nText a.");
        Files.writeString(dir.resolve("2021/03/b.txt"), "Beta\n\nText b.");
        Files.writeString(dir.resolve("2021/03/c.story"), "Gamma\n\nText c.");
        Files.writeString(dir.resolve("2021/notes.txt"), "Notes\n\nNot an article.");

        SourceReader reader = new SourceReader();
        assertEquals(List.of("a", "b", "notes"), ids(reader.readAll(List.of(dir))));
        assertEquals(List.of("a", "b"), ids(reader.exclude(List.of("notes.*")).readAll(List.of(dir))));
        assertEquals(List.of("b", "c"), ids(reader.include(List.of("2021/03/*")).exclude(List.of("a.txt"))
                .readAll(List.of(dir))), "an included file of an unknown type is read by its content");
    }

    @Test
    void commonFieldVariantsOfJsonRecordsAreMapped() throws IOException {
        Path file = Files.writeString(dir.resolve("api.jsonl"), """
                {"source": {"id": null, "name": "Harbour Herald"}, "author": "Ana Pires", "title": "Ferry strike ends", "link": "https://harbour-herald.example/f", "publishedAt": "2021-03-05T14:02:00Z", "content": "Crews returned to work."}
                {"headline": "Dredging", "article": "Dredgers began work.", "pubDate": "Sat, 06 Mar 2021 09:00:00 GMT", "date_download": "2021-03-09 10:00:00", "authors": [{"name": "Tom Hale"}]}
                {"title": "Flood", "body": "The river fell.", "datePublished": "2021-03-07", "publisher": {"name": "Valdoria Daily"}}
                """);
        List<Source> s = new SourceReader().readAll(List.of(file)).sources();

        assertEquals("Harbour Herald", s.get(0).metadata().outlet());
        assertEquals("https://harbour-herald.example/f", s.get(0).metadata().url());
        assertEquals(LocalDate.of(2021, 3, 5), s.get(0).metadata().published());
        assertEquals(List.of("Ana Pires"), s.get(0).metadata().authors());
        assertEquals("Crews returned to work.", s.get(0).body());
        assertEquals(LocalDate.of(2021, 3, 6), s.get(1).metadata().published());
        assertEquals(LocalDate.of(2021, 3, 9), s.get(1).metadata().crawled());
        assertEquals(List.of("Tom Hale"), s.get(1).metadata().authors());
        assertEquals("Dredging", s.get(1).metadata().title());
        assertEquals("Valdoria Daily", s.get(2).metadata().outlet());
        assertEquals(LocalDate.of(2021, 3, 7), s.get(2).metadata().published());
    }

    private static List<String> ids(SourceReader.Result result) {
        return result.sources().stream().map(Source::id).toList();
    }
}
