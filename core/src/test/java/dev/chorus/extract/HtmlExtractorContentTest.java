package dev.chorus.extract;

import dev.chorus.model.Article;
import dev.chorus.model.Metadata;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.chorus.extract.Pages.STORY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlExtractorContentTest {

    private final HtmlExtractor extractor = new HtmlExtractor();

    private Article extract(String html) {
        return extractor.extract("t", html, Metadata.EMPTY);
    }

    private static void assertStoryOnly(Article a) {
        assertEquals(STORY, a.paragraphs(), "body should be exactly the story paragraphs, in order");
    }

    private static void assertNotInBody(Article a, String fragment) {
        for (String p : a.paragraphs()) {
            assertFalse(p.contains(fragment), () -> "'" + fragment + "' leaked into body paragraph: " + p);
        }
    }

    private static void assertRemoved(Article a, String fragment) {
        assertTrue(a.removed().stream().anyMatch(r -> r.contains(fragment)),
                () -> "'" + fragment + "' should be listed as removed, removed = " + a.removed());
    }

    @Test
    void keepsStoryAndDropsNavigationCookieBannerAndFooter() {
        Article a = extract(Pages.page(Pages.paragraphs()));
        assertStoryOnly(a);
        assertRemoved(a, "We use cookies to improve your experience");
        assertRemoved(a, "Copyright 2024 The Brackwater Herald");
        assertNotInBody(a, "Weather");
    }

    @Test
    void dropsAdLabelsAndAdSlotsInsideTheBody() {
        String body = "<p>" + STORY.get(0) + "</p>"
                + "<div class=\"ad-slot\"><span>Advertisement</span><div id=\"div-gpt-ad-1\"></div></div>"
                + "<p>" + STORY.get(1) + "</p>"
                + "<p class=\"label\">Advertisement</p>"
                + String.join("", STORY.subList(2, 5).stream().map(p -> "<p>" + p + "</p>").toList());
        Article a = extract(Pages.page(body));
        assertStoryOnly(a);
        assertRemoved(a, "Advertisement");
    }

    @Test
    void dropsShareWidgetsAndNewsletterBoxInsideTheBody() {
        String body = "<div class=\"share-tools\"><a href=\"#\">Share on Facebook</a> <a href=\"#\">Share on X</a>"
                + " <a href=\"#\">Email</a></div>"
                + "<p>" + STORY.get(0) + "</p><p>" + STORY.get(1) + "</p>"
                + "<aside class=\"newsletter-signup\"><h3>Get the Herald every morning</h3><p>Sign up to our free"
                + " daily briefing and never miss a council decision, a road closure or a ferry timetable change.</p>"
                + "<form><input type=\"email\"><button>Subscribe</button></form></aside>"
                + "<p>" + STORY.get(2) + "</p><p>" + STORY.get(3) + "</p><p>" + STORY.get(4) + "</p>";
        Article a = extract(Pages.page(body));
        assertStoryOnly(a);
        assertRemoved(a, "never miss a council decision");
        assertNotInBody(a, "Share on Facebook");
    }

    @Test
    void dropsRelatedLinksInsideAndAfterTheBody() {
        String inside = "<div class=\"related-stories\"><h4>Read more</h4><ul>"
                + "<li><a href=\"/a\">Ferry fares to rise by ten percent in April</a></li>"
                + "<li><a href=\"/b\">Lighthouse keeper's cottage sold at auction</a></li></ul></div>";
        String body = "<p>" + STORY.get(0) + "</p><p>" + STORY.get(1) + "</p>" + inside
                + "<p>" + STORY.get(2) + "</p><p>" + STORY.get(3) + "</p><p>" + STORY.get(4) + "</p>"
                + "<h2>Most read</h2><ol><li><a href=\"/c\">Seal pup rescued from the marina slipway</a></li>"
                + "<li><a href=\"/d\">School choir wins the county festival for a third year</a></li></ol>";
        Article a = extract(Pages.page(body));
        assertStoryOnly(a);
        assertRemoved(a, "Ferry fares to rise");
        assertRemoved(a, "Seal pup rescued");
    }

    @Test
    void relatedBlockWithoutClassesIsRecognisedByItsHeading() {
        String body = Pages.paragraphs()
                + "<h3>Related stories</h3>"
                + "<p><a href=\"/e\">Harbour trust appoints its first woman chair in two hundred years</a></p>"
                + "<p><a href=\"/f\">Quay Street traders form an association to lobby the council</a></p>";
        Article a = extract(Pages.page(body));
        assertStoryOnly(a);
        assertNotInBody(a, "Related stories");
    }

    @Test
    void dropsCommentsAndAuthorBio() {
        String after = "<section id=\"comments\" class=\"comments-area\"><h3>12 comments</h3>"
                + "<div class=\"comment\"><p>About time too, the bridge has been creaking for years and nobody "
                + "listened to us when we complained about it at the residents' meeting.</p></div>"
                + "<div class=\"comment\"><p>Fourteen months is far too long, the council should have started "
                + "the work in summer when fewer people use the canal path anyway.</p></div></section>";
        String body = Pages.paragraphs()
                + "<div class=\"author-bio\"><p>Tom Quillby has covered local government for the Herald since "
                + "2015 and previously reported from the county court.</p></div>";
        Article a = extract(Pages.page("", body, after));
        assertStoryOnly(a);
        assertRemoved(a, "Tom Quillby has covered");
        assertNotInBody(a, "creaking for years");
    }

    @Test
    void captionsAndCreditsGoToCaptions() {
        String body = "<figure><img src=\"/bridge.jpg\" alt=\"\"><figcaption>The swing bridge at dusk, seen from "
                + "the harbour wall. <span class=\"credit\">Photo: Mary Ostler</span></figcaption></figure>"
                + Pages.paragraphs()
                + "<div class=\"wp-caption\"><img src=\"/quay.jpg\"><p class=\"wp-caption-text\">Quay Street shops "
                + "on a market day</p></div>";
        Article a = extract(Pages.page(body));
        assertStoryOnly(a);
        assertTrue(a.captions().stream().anyMatch(c -> c.contains("The swing bridge at dusk")), a.captions()::toString);
        assertTrue(a.captions().stream().anyMatch(c -> c.contains("Quay Street shops")), a.captions()::toString);
    }

    @Test
    void keepsListsBlockquotesAndSubheadingsInReadingOrder() {
        String body = "<p>" + STORY.get(0) + "</p>"
                + "<h2>What the closure means</h2>"
                + "<ul><li>Pedestrians will use a pontoon lent by the harbour trust.</li>"
                + "<li>Cyclists will be asked to dismount on the pontoon.</li></ul>"
                + "<blockquote><p>We have patched this bridge for twenty years and the patches are now older "
                + "than some of the engineers.</p></blockquote>"
                + "<p>" + STORY.get(1) + "</p><p>" + STORY.get(2) + "</p>";
        Article a = extract(Pages.page(body));
        assertEquals(List.of(STORY.get(0), "What the closure means",
                "Pedestrians will use a pontoon lent by the harbour trust.",
                "Cyclists will be asked to dismount on the pontoon.",
                "We have patched this bridge for twenty years and the patches are now older than some of the engineers.",
                STORY.get(1), STORY.get(2)), a.paragraphs());
    }

    @Test
    void pageWithoutArticleGivesNoParagraphs() {
        String html = "<html><body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>"
                + "<ul class=\"menu\"><li><a href=\"/x\">Login</a></li></ul></body></html>";
        Article a = extract(html);
        assertEquals(List.of(), a.paragraphs());
    }

    @Test
    void jsonLdBodyIsUsedWhenThePageHasNoText() {
        String body = String.join("\\n\\n", STORY);
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"headline\":\"Swing bridge to close\",\"articleBody\":\"" + body + "\"}</script></head>"
                + "<body><div id=\"app\">Loading…</div></body></html>";
        Article a = extract(html);
        assertEquals(STORY, a.paragraphs());
    }

    @Test
    void bodySplitIntoChunksAroundAnAdRailIsReassembled() {
        String chunk = "<div class=\"grid\"><div class=\"story-chunk\">%s</div><div class=\"rail\">"
                + "<div class=\"ad\">Advertisement</div></div></div>";
        String body = chunk.formatted("<p>" + STORY.get(0) + "</p><p>" + STORY.get(1) + "</p><p>" + STORY.get(2) + "</p>")
                + chunk.formatted("<p>" + STORY.get(3) + "</p><p>" + STORY.get(4) + "</p>");
        Article a = extract(Pages.page(body));
        assertStoryOnly(a);
    }

    @Test
    void nestedArticlesAreRelatedStoriesNotBody() {
        String teaser = "<article class=\"post\"><h2><a href=\"/t\">%s</a></h2><p>%s</p></article>";
        String html = "<html><body><article class=\"post\"><h1>Swing bridge to close</h1>" + Pages.paragraphs()
                + "<h3>Você pode gostar...</h3>"
                + teaser.formatted("Ferry fares", "The harbour trust confirmed on Friday that fares on the island "
                        + "ferries will rise by ten percent in April, the first increase in six years, citing fuel.")
                + teaser.formatted("Lighthouse sold", "The lighthouse keeper's cottage on the north mole was sold at "
                        + "auction for a sum well above the guide price, to a buyer who has not been named so far.")
                + "</article></body></html>";
        Article a = extract(html);
        assertStoryOnly(a);
        assertRemoved(a, "Você pode gostar");
    }

    @Test
    void subscriptionAndContactPromptsAreDropped() {
        String body = Pages.paragraphs()
                + "<p>Have a tip? Tom Quillby may be reached at tquillby@herald.example. Follow him on Twitter.</p>"
                + "<p><em>Get the morning briefing in your inbox: subscribe to our newsletters.</em></p>";
        Article a = extract(Pages.page(body));
        assertStoryOnly(a);
        assertRemoved(a, "Have a tip?");
    }

    @Test
    void headlineRepeatedInBodyIsDroppedButLaterTopLevelHeadingsKept() {
        String body = "<h2>Swing bridge to close for fourteen months</h2>"
                + "<p>" + STORY.get(0) + "</p><h1>Phase two</h1><p>" + STORY.get(1) + "</p>";
        Article a = extract(Pages.page(body));
        assertEquals(List.of(STORY.get(0), "Phase two", STORY.get(1)), a.paragraphs());
    }

    @Test
    void embeddedPostInsideSocialWrapperStaysInTheBody() {
        String body = "<p>" + STORY.get(0) + "</p>"
                + "<div class=\"social-media-embed\"><blockquote class=\"embedded-post\"><p>The bridge is closed from "
                + "Monday, please use the pontoon and mind the gap at low tide.</p></blockquote></div>"
                + "<p>" + STORY.get(1) + "</p>";
        Article a = extract(Pages.page(body));
        assertEquals(List.of(STORY.get(0),
                "The bridge is closed from Monday, please use the pontoon and mind the gap at low tide.",
                STORY.get(1)), a.paragraphs());
    }

    @Test
    void creditLinesWithoutCaptionMarkupGoToCaptions() {
        String body = "<p>" + STORY.get(0) + "</p><p>The pontoon in its winter mooring. Photo: Mary Ostler</p>"
                + "<p>" + STORY.get(1) + "</p><p><small>Quay Street at dawn (credit: Harbour Trust)</small></p>";
        Article a = extract(Pages.page(body));
        assertEquals(List.of(STORY.get(0), STORY.get(1)), a.paragraphs());
        assertEquals(List.of("The pontoon in its winter mooring. Photo: Mary Ostler",
                "Quay Street at dawn (credit: Harbour Trust)"), a.captions());
    }

    @Test
    void adLabelsInOtherLanguagesAndFiledUnderLinesAreFurniture() {
        String body = "<p>" + STORY.get(0) + "</p><p>Anzeige</p><p>" + STORY.get(1) + "</p><p>Iklan</p>"
                + "<p>" + STORY.get(2) + "</p><p>Filed under: Transport, Council</p>";
        Article a = extract(Pages.page(body));
        assertEquals(STORY.subList(0, 3), a.paragraphs());
        assertRemoved(a, "Anzeige");
        assertRemoved(a, "Filed under");
    }

    @Test
    void headlineVariantAndPublicationLineBeforeTheTextAreDropped() {
        String body = "<h2>Swing bridge in Lower Brackwater to close for fourteen months</h2>"
                + "<div><small>05/03/2024 - Published by: Tom Quillby - Category: Transport</small><br>"
                + STORY.get(0) + "</div>" + "<p>" + STORY.get(1) + "</p>"
                + "<p>Follow the Herald on Instagram and Facebook.</p>";
        Article a = extract(Pages.page(body));
        assertEquals(List.of(STORY.get(0), STORY.get(1)), a.paragraphs());
        assertRemoved(a, "Published by: Tom Quillby");
        assertRemoved(a, "Swing bridge in Lower Brackwater");
    }

    @Test
    void relatedBoxWithPlainSummariesIsDroppedAndTheStoryResumesAfterIt() {
        String box = "<div class=\"box\"><h3>Самые популярные статьи</h3>"
                + "<div class=\"item\"><a href=\"/a\"><img src=\"/a.jpg\"></a><div>Ferry fares will rise by ten "
                + "percent in April, the trust said. It is the first increase in six years.</div></div>"
                + "<div class=\"item\"><a href=\"/b\"><img src=\"/b.jpg\"></a><div>A lighthouse cottage sold at "
                + "auction well above its guide price. The buyer has not been named so far.</div></div></div>";
        String body = "<p>" + STORY.get(0) + "</p><p>" + STORY.get(1) + "</p>" + box
                + "<p>" + STORY.get(2) + "</p><p>" + STORY.get(3) + "</p><p>" + STORY.get(4) + "</p>";
        Article a = extract(Pages.page(body));
        assertStoryOnly(a);
        assertRemoved(a, "Ferry fares will rise");
    }

    @Test
    void hiddenElementsAreSkippedButAriaHiddenDropCapsKept() {
        String body = "<p><span aria-hidden=\"true\">T</span>he council of Lower Brackwater voted on Tuesday evening."
                + "</p><div style=\"display: none\"><p>Hidden paywall teaser text that nobody can see on the page.</p></div>"
                + "<ul aria-hidden=\"true\"><li>Duplicate label list for sighted users only</li></ul>"
                + "<p>" + STORY.get(1) + "</p>";
        Article a = extract(Pages.page(body));
        assertEquals(List.of("The council of Lower Brackwater voted on Tuesday evening.", STORY.get(1)), a.paragraphs());
    }
}
