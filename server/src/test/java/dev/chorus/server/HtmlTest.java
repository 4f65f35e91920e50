package dev.chorus.server;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class HtmlTest {

    @Test
    void escapesMarkupAndBothQuotes() {
        assertEquals("&lt;b a=&quot;1&quot; c=&#39;2&#39;&gt;Tom &amp; Jerry&lt;/b&gt;",
                Html.esc("<b a=\"1\" c='2'>Tom & Jerry</b>"));
        assertEquals("plain", Html.esc("plain"));
        assertEquals("", Html.esc(null));
    }

    @Test
    void idsBecomeOnePathSegment() {
        assertEquals("/articles/multinews-17%2F3", Html.path("/articles/", "multinews-17/3"));
        assertEquals("..%2F..%2Fetc%2Fpasswd", Html.encode("../../etc/passwd"));
        assertEquals("Z%C3%BCrich%20news", Html.encode("Zürich news"));
    }

    @Test
    void onlyHttpUrlsAreLinked() {
        assertEquals("https://www.marrenherald.example/news/bridge",
                Html.externalHref(" https://www.marrenherald.example/news/bridge "));
        assertEquals("http://example.org/a%20b?q=%22x%22", Html.externalHref("http://example.org/a b?q=\"x\""));
        assertNull(Html.externalHref("javascript:alert(1)"));
        assertNull(Html.externalHref("JaVaScRiPt:alert(1)"));
        assertNull(Html.externalHref("data:text/html,<script>alert(1)</script>"));
        assertNull(Html.externalHref("//evil.example/x"));
        assertNull(Html.externalHref("https://"));
        assertNull(Html.externalHref("not a url at all"));
    }
}
