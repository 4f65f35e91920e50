package dev.chorus.server;

import dev.chorus.model.Article;
import dev.chorus.model.Metadata;
import dev.chorus.model.Story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoryPageTest {

    @Test
    void theGridShowsTheObserversInjuredCountAgainstTheClaimOfTheOthers() {
        Story bridge = Fixtures.examples().stories().getFirst();
        Document page = Jsoup.parse(StoryPage.render(bridge));

        var contested = page.select("table.grid tr.contested");
        assertTrue(contested.stream().anyMatch(row -> row.text().contains("injuring 12 people")
                && row.select("td.contradicts").text().contains("Fifteen")), contested.outerHtml());
        assertEquals(bridge.articles().size(), page.select("table.grid thead th.col").size(), "a column per source");
    }

    @Test
    void aStoryWithManyClaimsShowsTheFirstOnesAndLinksToAll() {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            articles.add(new Article("a" + i, new Metadata("Port strike day " + i, List.of(), LocalDate.of(2025, 6, 2 + i),
                    "Outlet " + i, "en", null, null, null), List.of("Dock workers stayed out."), List.of(), List.of()));
        }
        List<Story.Claim> claims = new ArrayList<>();
        for (int i = 0; i < StoryPage.GRID_ROWS + 20; i++) {
            claims.add(new Story.Claim("c" + i, "Pier " + i + " stayed closed.", List.of("a" + (i % 3)), true));
        }
        Story story = new Story("strike", "Port strike", null, articles, List.of(), claims, List.of(), List.of(),
                List.of(), List.of());

        Document shortPage = Jsoup.parse(StoryPage.render(story, false));
        assertEquals(StoryPage.GRID_ROWS, shortPage.select("table.grid tbody tr").size());
        assertEquals("?claims=all#claims", shortPage.select("#claims p.more a").attr("href"));
        Document whole = Jsoup.parse(StoryPage.render(story, true));
        assertEquals(claims.size(), whole.select("table.grid tbody tr").size());
        assertTrue(whole.select("#claims p.more").isEmpty());
    }
}
