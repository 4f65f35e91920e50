package dev.chorus.server;

import dev.chorus.model.Story;
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
}
