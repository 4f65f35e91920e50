package dev.chorus.extract;

import dev.chorus.model.Article;
import dev.chorus.model.Metadata;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pages whose article did not load leave only the notices around it; invented texts in the shape of common
 * widgets and archive pages.
 */
class TextCleanerSiteNoticeTest {

    private final TextCleaner cleaner = new TextCleaner();

    private Article clean(String text) {
        return cleaner.clean("n1", text, Metadata.EMPTY);
    }

    @Test
    void aPageOfWidgetNoticesHasNoArticleText() {
        Article a = clean("""
                Tweet with a location you can add location information to your tweets, such as your city or precise location, from the web and via apps. You can always delete your location history.

                This will appear next to all of your comments. This will not appear anywhere on the site.

                We've detected that JavaScript is disabled in your browser. Would you like to proceed to legacy Twitter?
                """);
        assertEquals(List.of(), a.paragraphs());
        assertEquals(3, a.removed().size(), a.removed().toString());
    }

    @Test
    void anAuthorAlertWidgetIsNotAnArticle() {
        Article a = clean("Close get email notifications on Maren Hollis daily! Your notification has been saved. There"
                + " was a problem saving your notification. Whenever Maren Hollis posts new content, you'll get an email"
                + " delivered to your inbox with a link. Email notifications are only sent once a day, and only if"
                + " there are new matching items.");
        assertEquals(List.of(), a.paragraphs());
    }

    @Test
    void anArchiveCollectionDescriptionIsNotAnArticle() {
        Article a = clean("Focused crawls are collections of frequently updated web data from narrow crawls, often on a"
                + " single domain. These files are currently not publicly accessible. Properties of this collection"
                + " were set by the curators in 2015 after the first run.");
        assertEquals(List.of(), a.paragraphs());
    }

    @Test
    void noticesBetweenNewsParagraphsGoAndTheNewsStays() {
        Article a = clean("""
                Firefighters contained a brush fire near Orlen ridge on Sunday after it burned 40 hectares of pasture.

                Rating is available when the video has been rented. This feature is not available right now. Please try again later.

                No homes were damaged, the district fire chief Maren Hollis said.
                """);
        assertEquals(2, a.paragraphs().size(), a.paragraphs().toString());
        assertTrue(a.removed().get(0).startsWith("Rating is available"));
    }

    @Test
    void newsAboutAWebArchiveIsKept() {
        Article a = clean("""
                The Internet Archive said on Tuesday that its Wayback Machine had saved its trillionth web page, 28 years after it began crawling the web.

                The non-profit library said web crawls are part of its daily work and that crawls performed by volunteers in 40 countries had doubled since 2020.
                """);
        assertEquals(2, a.paragraphs().size(), a.paragraphs().toString());
    }
}
