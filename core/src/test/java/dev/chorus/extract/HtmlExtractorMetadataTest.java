package dev.chorus.extract;

import dev.chorus.model.Article;
import dev.chorus.model.Metadata;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class HtmlExtractorMetadataTest {

    private final HtmlExtractor extractor = new HtmlExtractor();

    private Metadata meta(String head, String body, Metadata hints) {
        return extractor.extract("m", Pages.page(head, body, ""), hints).metadata();
    }

    private Metadata meta(String head) {
        return meta(head, Pages.paragraphs(), Metadata.EMPTY);
    }

    @Test
    void jsonLdPublishedDateWinsOverMetaAndModifiedDates() {
        String head = """
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
                  {"@type":"WebSite","name":"The Brackwater Herald"},
                  {"@type":"NewsArticle","headline":"Swing bridge to close","datePublished":"2024-03-05T21:40:00+00:00",
                   "dateModified":"2024-03-07T08:00:00+00:00","author":[{"@type":"Person","name":"Tom Quillby"},
                   {"@type":"Person","name":"Mary Ostler"}],"publisher":{"@type":"Organization","name":"Brackwater Herald"}}]}
                </script>
                <meta property="article:modified_time" content="2024-03-07T08:00:00Z">
                <meta property="article:published_time" content="2024-03-06T00:10:00Z">""";
        Metadata m = meta(head);
        assertEquals(LocalDate.of(2024, 3, 5), m.published());
        assertEquals(List.of("Tom Quillby", "Mary Ostler"), m.authors());
    }

    @Test
    void publishedMetaIsUsedAndModifiedMetaIgnored() {
        String head = """
                <meta property="article:modified_time" content="2024-04-01T10:00:00Z">
                <meta property="og:updated_time" content="2024-04-02T10:00:00Z">
                <meta property="article:published_time" content="2024-03-05T09:30:00Z">""";
        assertEquals(LocalDate.of(2024, 3, 5), meta(head).published());
    }

    @Test
    void timeInArticleHeaderBeatsUpdatedStampAndOtherStoriesDates() {
        String body = """
                <header class="article-header">
                  <p class="updated">Updated <time datetime="2024-03-09T12:00">9 March 2024</time></p>
                  <p class="published">Published <time datetime="2024-03-05T09:00">5 March 2024</time></p>
                </header>
                """ + Pages.paragraphs();
        String html = Pages.page("", body, """
                <aside class="related"><ul>
                <li><a href="/x">Ferry fares to rise</a> <time datetime="2023-11-30">30 Nov 2023</time></li>
                </ul></aside>""");
        Metadata m = extractor.extract("m", html, Metadata.EMPTY).metadata();
        assertEquals(LocalDate.of(2024, 3, 5), m.published());
    }

    @Test
    void dateFromUrlWhenThePageSaysNothing() {
        String head = "<link rel=\"canonical\" href=\"https://herald.example/news/2024/03/05/swing-bridge-to-close\">";
        Metadata m = meta(head);
        assertEquals(LocalDate.of(2024, 3, 5), m.published());
        assertEquals("https://herald.example/news/2024/03/05/swing-bridge-to-close", m.url());
    }

    @Test
    void datelineTextNearTheTopWhenNothingElseHasADate() {
        String body = "<p class=\"dateline\">March 5, 2024</p>" + Pages.paragraphs();
        assertEquals(LocalDate.of(2024, 3, 5), meta("", body, Metadata.EMPTY).published());
    }

    @Test
    void noDateAtAll() {
        assertNull(meta("").published());
    }

    @Test
    void titleLosesSiteNameSuffix() {
        assertEquals("Swing bridge to close for fourteen months", meta("").title());
        assertEquals("Swing bridge to close", MetadataExtractor.stripSiteName(
                "Swing bridge to close - Brackwater Herald", "The Brackwater Herald"));
        assertEquals("Swing bridge to close for repairs", MetadataExtractor.stripSiteName(
                "Swing bridge to close for repairs | Herald", null));
        assertEquals("Brackwater: the bridge question", MetadataExtractor.stripSiteName(
                "Brackwater: the bridge question", null), "a colon inside a headline is not a separator");
    }

    @Test
    void ogTitleDescriptionImageOutletAndLanguage() {
        String head = """
                <meta property="og:title" content="Bridge closure: what you need to know">
                <meta name="description" content="The swing bridge closes for fourteen months.">
                <meta property="og:image" content="https://herald.example/img/bridge.jpg">""";
        Metadata m = meta(head);
        assertEquals("Bridge closure: what you need to know", m.title());
        assertEquals("The swing bridge closes for fourteen months.", m.description());
        assertEquals("https://herald.example/img/bridge.jpg", m.image());
        assertEquals("The Brackwater Herald", m.outlet());
        assertEquals("en", m.language());
    }

    @Test
    void hintsFillOnlyWhatThePageLacks() {
        Metadata hints = new Metadata("Hint title", List.of("Hint Author"), LocalDate.of(2000, 1, 1), "Hint outlet",
                "fr", "https://hint.example/2024/02/01/story", null, null);
        Metadata m = meta("", Pages.paragraphs(), hints);
        assertEquals("Swing bridge to close for fourteen months", m.title(), "the page's title wins");
        assertEquals("The Brackwater Herald", m.outlet(), "the page's site name wins");
        assertEquals("en", m.language(), "the page's lang attribute wins");
        assertEquals(List.of("Hint Author"), m.authors(), "the page has no author");
        assertEquals("https://hint.example/2024/02/01/story", m.url());
        assertEquals(LocalDate.of(2024, 2, 1), m.published(), "a date in the known URL beats a stale hint date");
    }

    @Test
    void outletFallsBackToDomainAndLanguageToDetection() {
        String html = "<html><head><link rel=canonical href=\"https://www.gazette-du-port.example/a\"></head><body>"
                + "<article><p>Le conseil municipal a voté mardi soir la fermeture du vieux pont tournant pour "
                + "quatorze mois, après que des ingénieurs ont découvert de la corrosion dans ses pivots.</p>"
                + "<p>Les commerçants de la rue du Quai craignent de perdre un tiers de leur chiffre d'affaires "
                + "pendant les travaux, et demandent qu'une voie reste ouverte aux piétons.</p></article></body></html>";
        Metadata m = extractor.extract("f", html, Metadata.EMPTY).metadata();
        assertEquals("gazette-du-port.example", m.outlet());
        assertEquals("fr", m.language());
    }

    @Test
    void bylineElementGivesAuthorsWithoutPrefix() {
        String body = "<p class=\"byline\">By Tom Quillby and Mary Ostler</p>" + Pages.paragraphs();
        Article a = extractor.extract("b", Pages.page("", body, ""), Metadata.EMPTY);
        assertEquals(List.of("Tom Quillby", "Mary Ostler"), a.metadata().authors());
        assertEquals(Pages.STORY, a.paragraphs(), "the byline is not body text");
    }

    @Test
    void siteNameGivenAsUrlOrListIsCleanedAndDoubleEscapedTitleDecoded() {
        String html = "<html><head><meta property=\"og:site_name\" content=\"https://www.ferry-news.example\">"
                + "<meta property=\"og:title\" content=\"&amp;#8216;Mind the gap&amp;#8217; at low tide\">"
                + "</head><body>" + Pages.paragraphs() + "</body></html>";
        Metadata m = extractor.extract("s", html, Metadata.EMPTY).metadata();
        assertEquals("ferry-news.example", m.outlet());
        assertEquals("\u2018Mind the gap\u2019 at low tide", m.title());

        String listed = "<html><head><meta property=\"og:site_name\" content=\"Harbour Radio | Ferries | Weather\">"
                + "</head><body>" + Pages.paragraphs() + "</body></html>";
        assertEquals("Harbour Radio", extractor.extract("l", listed, Metadata.EMPTY).metadata().outlet());
    }

    @Test
    void todaysDateInTheSiteHeaderAndTeaserDatesAreNotThePublicationDate() {
        String html = "<html><body><header class=\"masthead\"><time datetime=\"2024-11-23\">Saturday 23 November"
                + "</time></header><div class=\"latest-news\"><ul><li><a href=\"/x\">Ferry fares to rise</a> "
                + "<time itemprop=\"datePublished\" datetime=\"2024-11-22\">22 Nov</time></li></ul></div>"
                + "<article><p class=\"dateline\">Lower Brackwater, March 5, 2024</p>" + Pages.paragraphs()
                + "</article></body></html>";
        assertEquals(LocalDate.of(2024, 3, 5), extractor.extract("d", html, Metadata.EMPTY).metadata().published());
    }
}
