package dev.chorus.extract;

import dev.chorus.model.Article;
import dev.chorus.model.Metadata;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static dev.chorus.extract.Pages.STORY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlExtractorRobustnessTest {

    private final HtmlExtractor extractor = new HtmlExtractor();

    private Article extract(String html) {
        return extractor.extract("r", html, Metadata.EMPTY);
    }

    @Test
    void emptyBlankAndNullInputGiveAnEmptyArticle() {
        for (String html : new String[] {"", "   \n", null}) {
            Article a = extract(html);
            assertEquals(List.of(), a.paragraphs());
            assertEquals("r", a.id());
        }
    }

    @Test
    void plainTextAndBinaryJunkDoNotThrow() {
        assertEquals(List.of(STORY.get(0)), extract(STORY.get(0)).paragraphs(), "bare text is its own paragraph");
        StringBuilder junk = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            junk.append((char) ((i * 7919) % 0xD000));
        }
        extract(junk.toString());
        extract("{\"not\": \"html\", \"list\": [1, 2, 3]}");
    }

    @Test
    void truncatedPageKeepsWhatWasThere() {
        String page = Pages.page(Pages.paragraphs());
        String cut = page.substring(0, page.indexOf(STORY.get(3)) + 40);
        Article a = extract(cut);
        assertEquals(STORY.subList(0, 3), a.paragraphs().subList(0, 3));
        assertTrue(a.paragraphs().get(3).startsWith(STORY.get(3).substring(0, 40)));
    }

    @Test
    void unclosedAndMisnestedTagsStillGiveTheStory() {
        StringBuilder body = new StringBuilder("<div class=\"article-body\"><b><i>");
        for (String p : STORY) {
            body.append("<p>").append(p); // no closing tags at all
        }
        body.append("</i></div></b></span></article>");
        Article a = extract("<html><body><table><tr><td>" + body + "</td></tr></table>");
        assertEquals(STORY, a.paragraphs());
    }

    @Test
    void brokenJsonLdIsIgnored() {
        String head = "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": \"Bro</script>";
        Article a = extractor.extract("j", Pages.page(head, Pages.paragraphs(), ""), Metadata.EMPTY);
        assertEquals(STORY, a.paragraphs());
        assertEquals("Swing bridge to close for fourteen months", a.metadata().title());
    }

    @Test
    void veryDeepNestingIsHandledQuickly() {
        int depth = 100_000;
        String html = "<html><body>" + "<div>".repeat(depth) + Pages.paragraphs() + "</div>".repeat(depth)
                + "</body></html>";
        Article a = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> extract(html));
        assertTrue(String.join(" ", a.paragraphs()).contains(STORY.get(0).substring(0, 60)));
    }

    @Test
    void twentyMegabytePageIsLinear() {
        StringBuilder sb = new StringBuilder("<html><body><article>").append(Pages.paragraphs());
        String teaser = "<div class=\"teaser\"><a href=\"/story\">Another story about the harbour and its boats</a>"
                + "<p>Short summary of a different story, with a comma, and another one.</p></div>\n";
        while (sb.length() < 20_000_000) {
            sb.append(teaser);
        }
        sb.append("</article></body></html>");
        String html = sb.toString();
        Article a = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> extract(html));
        assertTrue(a.removed().size() <= 1000, "removed list stays bounded");
    }

    @Test
    void manySiblingsAndAttributesDoNotBlowUp() {
        StringBuilder sb = new StringBuilder("<html><body><div class=\"article-body\">");
        for (int i = 0; i < 50_000; i++) {
            sb.append("<span class=\"a b c d e f g h\" style=\"color:red\">w").append(i).append("</span>");
        }
        sb.append(Pages.paragraphs()).append("</div></body></html>");
        String html = sb.toString();
        Article a = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> extract(html));
        assertTrue(a.paragraphs().contains(STORY.get(4)));
    }

    @Test
    void oneInstanceServesManyThreads() throws Exception {
        String english = Pages.page(Pages.paragraphs());
        String french = "<html><body><article><p>Le conseil municipal a voté mardi soir la fermeture du vieux pont "
                + "tournant pour quatorze mois, après la découverte de corrosion dans ses pivots.</p></article></body></html>";
        Article expectedEn = extract(english);
        Article expectedFr = extract(french);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                boolean en = i % 2 == 0;
                results.add(pool.submit(() -> en ? extract(english).equals(expectedEn)
                        : extract(french).equals(expectedFr)));
            }
            for (java.util.concurrent.Future<Boolean> r : results) {
                assertTrue(r.get(30, java.util.concurrent.TimeUnit.SECONDS), "concurrent result differs");
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals("fr", expectedFr.metadata().language());
    }

    @Test
    void deeplyNestedFiguresStayLinear() {
        String html = "<html><body>" + "<figure><div>".repeat(20_000) + "caption text" + Pages.paragraphs();
        Article a = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> extract(html));
        assertTrue(a.paragraphs().contains(STORY.get(4)), "the text inside the figures is still found");
    }

    @Test
    void manyNestedTimesInAnArticleStayLinear() {
        String unit = "<div><time datetime=\"2024-03-05\">5 March</time><p>" + STORY.get(0) + "</p>";
        String html = "<html><body><article>" + unit.repeat(40_000);
        Article a = assertTimeoutPreemptively(Duration.ofSeconds(15), () -> extract(html));
        assertEquals(java.time.LocalDate.of(2024, 3, 5), a.metadata().published());
    }
}
