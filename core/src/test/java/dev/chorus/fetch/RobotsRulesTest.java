package dev.chorus.fetch;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RobotsRulesTest {

    private static final String NEWS_SITE = """
            # robots.txt of a news site
            User-agent: *
            Disallow: /search
            Disallow: /*.pdf$
            Disallow: /private/
            Allow: /private/press-releases/
            Crawl-delay: 5

            User-agent: GPTBot
            User-agent: Chorus
            Disallow: /archive/
            """;

    @Test
    void aGroupNamingTheCrawlerReplacesTheStarGroup() {
        RobotsRules chorus = RobotsRules.parse(NEWS_SITE, "Chorus");
        assertFalse(chorus.allows("/archive/2020/12/29/quake"));
        assertTrue(chorus.allows("/search?q=quake"), "the * group's rules no longer apply");
        assertNull(chorus.crawlDelay());
    }

    @Test
    void otherCrawlersFollowTheStarGroup() {
        RobotsRules other = RobotsRules.parse(NEWS_SITE, "SomeBot");
        assertFalse(other.allows("/search?q=quake"));
        assertTrue(other.allows("/archive/2020/12/29/quake"));
        assertEquals(Duration.ofSeconds(5), other.crawlDelay());
    }

    @Test
    void theLongestMatchWinsAndWildcardsWork() {
        RobotsRules other = RobotsRules.parse(NEWS_SITE, "SomeBot");
        assertFalse(other.allows("/private/notes.html"));
        assertTrue(other.allows("/private/press-releases/2020.html"));
        assertFalse(other.allows("/files/report.pdf"));
        assertTrue(other.allows("/files/report.pdf?download=1"), "$ anchors the end of the path");
    }

    @Test
    void anEmptyDisallowAllowsEverything() {
        RobotsRules rules = RobotsRules.parse("User-agent: *\nDisallow:\n", "Chorus");
        assertTrue(rules.allows("/anything"));
        assertFalse(RobotsRules.parse("User-agent: *\nDisallow: /\n", "Chorus").allows("/news/1"));
    }

    @Test
    void garbageIsIgnoredLineByLine() {
        RobotsRules rules = RobotsRules.parse("<html>not robots</html>\nUser-agent: *\nDisallow: /x\n\0\0", "Chorus");
        assertFalse(rules.allows("/x/y"));
        assertTrue(rules.allows("/news"));
    }
}
