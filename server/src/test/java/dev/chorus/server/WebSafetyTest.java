package dev.chorus.server;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page that shows the hostile story's text, fetched over HTTP and parsed as a browser would: no script
 * element, no image, no event-handler attribute, no link that is not http(s) or the server's own, and the
 * payloads visible as text.
 */
class WebSafetyTest {

    private static ChorusServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        server = ChorusServer.start(Fixtures.store(), null, "127.0.0.1", 0);
        http = new Http(server.url());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void storyPageEscapesEverything() {
        Document page = page("/stories/" + Fixtures.HOSTILE_STORY);
        assertInert(page);
        assertTrue(page.select("h1").text().contains("Headline " + Fixtures.SCRIPT), "shown as text");
        assertTrue(page.select(".grid td.contradicts").text().contains("14 " + Fixtures.ATTRIBUTE),
                "the contradicting value is shown, as text");
        assertTrue(page.select(".conflict").text().contains("how many " + Fixtures.SCRIPT));
        assertTrue(page.select(".source .outlet").text().contains("Evil Outlet" + Fixtures.ATTRIBUTE));
        assertEquals("https://example.org/a?b=%22%3E%3Cscript%3Ex%3C/script%3E",
                page.select("a[href^=https://example.org/a]").attr("href"), "an http URL with quotes is one link, encoded");
    }

    @Test
    void articlePageEscapesEverythingAndNeverLinksJavascriptUrls() {
        Document page = page("/articles/" + Html.encode(Fixtures.HOSTILE_ARTICLE));
        assertInert(page);
        assertTrue(page.select("code").text().contains(Fixtures.JS_URL), "the url is shown as text");
        assertTrue(page.select("details.removed").text().contains("Subscribe " + Fixtures.SCRIPT));
        assertTrue(page.select(".body").text().contains("injured 14 people " + Fixtures.SCRIPT));
    }

    @Test
    void listAndSearchPagesEscapeEverything() {
        assertInert(page("/"));
        assertInert(page("/?order=largest"));
        Document search = page("/?q=" + Html.encode("footbridge \"><script>alert(1)</script>"));
        assertInert(search);
        assertEquals("footbridge \"><script>alert(1)</script>", search.select("input[name=q]").attr("value"));
        assertInert(page("/?outlet=" + Html.encode("Evil Outlet" + Fixtures.ATTRIBUTE)));
        assertInert(page("/?q=collapse&entity=" + Html.encode("Entity " + Fixtures.SCRIPT)));
    }

    @Test
    void errorPagesEscapeTheRequest() {
        HttpResponse<String> response = http.get("/stories/" + Html.encode("<script>alert(1)</script>"));
        assertEquals(404, response.statusCode());
        assertInert(Jsoup.parse(response.body()));
    }

    private static Document page(String path) {
        HttpResponse<String> response = http.get(path);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        assertEquals("text/html; charset=utf-8", response.headers().firstValue("Content-Type").orElse(""));
        return Jsoup.parse(response.body(), server.url());
    }

    private static void assertInert(Document page) {
        assertTrue(page.select("script, img, iframe, object, embed").isEmpty(), () -> "active element in " + page.outerHtml());
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertFalse(attribute.getKey().toLowerCase().startsWith("on"),
                        () -> "event handler " + attribute + " on " + element.tagName());
            }
        }
        for (Element link : page.select("[href], [src], [action]")) {
            for (String name : List.of("href", "src", "action")) {
                String value = link.attr(name).strip().toLowerCase();
                assertTrue(value.isEmpty() || value.startsWith("/") || value.startsWith("#") || value.startsWith("?")
                        || value.startsWith("http://") || value.startsWith("https://"), () -> name + "=" + value);
            }
        }
    }
}
