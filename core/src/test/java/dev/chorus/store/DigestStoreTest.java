package dev.chorus.store;

import dev.chorus.model.Article;
import dev.chorus.model.Digest;
import dev.chorus.model.Metadata;
import dev.chorus.model.Story;
import dev.chorus.store.StoryStore.SearchQuery;
import dev.chorus.store.StoryStore.StoryListing;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DigestStoreTest {

    private static Article article(String id, String outlet, String lang, String date, String title, String text) {
        return new Article(id, new Metadata(title, List.of(), LocalDate.parse(date), outlet, lang,
                "https://example.org/" + id, null, null), List.of(text), List.of(), List.of());
    }

    private static Story story(String id, String headline, String date, List<Article> articles, List<Story.Entity> entities) {
        return new Story(id, headline, LocalDate.parse(date), articles,
                List.of(new Story.SummarySentence(articles.getFirst().text(), List.of(articles.getFirst().id()))),
                List.of(), List.of(), entities, List.of(), List.of());
    }

    private static final Article WIRE = article("wire-1", "Coastline Press Agency", "en", "2025-03-13",
            "Footbridge collapses in Port Marren", "A footbridge over the Ostra river collapsed on Thursday, injuring 12 people.");
    private static final Article GAZETTE = article("gazette-1", "The Valley Gazette", "en", "2025-03-14",
            "Bridge collapse: three more bridges closed", "Mayor Elena Vasquez-Whitlock closed three bridges after the collapse.");
    private static final Article KURIER = article("kurier-1", "Marren Kurier", "de", "2025-03-14",
            "Brücke in Port Marren eingestürzt", "Eine Fußgängerbrücke über die Ostra ist am Donnerstag eingestürzt.");
    private static final Article SEEDS = article("seeds-1", "Allotment Weekly", "en", "2025-03-11",
            "Record entries for spring seed swap", "The spring seed swap drew a record 340 gardeners on Saturday.");

    private static final DigestStore STORE = new DigestStore(new Digest(List.of(
            story("s-bridge", "Port Marren closes three bridges", "2025-03-13", List.of(WIRE, GAZETTE, KURIER),
                    List.of(new Story.Entity("Elena Vasquez-Whitlock", Story.EntityType.PERSON, List.of(),
                            List.of("gazette-1")))),
            story("s-seeds", "Record entries for spring seed swap", "2025-03-11", List.of(SEEDS), List.of())),
            List.of()));

    @Test
    void looksUpStoriesAndArticlesById() {
        assertEquals("Port Marren closes three bridges", STORE.story("s-bridge").orElseThrow().headline());
        assertEquals(WIRE, STORE.article("wire-1").orElseThrow());
        assertEquals("s-bridge", STORE.storyOf("kurier-1").orElseThrow());
        assertTrue(STORE.story("../../etc/passwd").isEmpty());
        assertTrue(STORE.article("nope").isEmpty());
        assertEquals(new StoryStore.Counts(4, 2), STORE.counts());
    }

    @Test
    void listsNewestOrLargestWithSinceAndPaging() {
        assertEquals(List.of("s-bridge", "s-seeds"), ids(STORE.stories(StoryListing.newest(10))));
        assertEquals(List.of("s-bridge"), ids(STORE.stories(new StoryListing(StoryListing.Order.NEWEST,
                LocalDate.parse("2025-03-12"), 0, 10))));
        assertEquals(List.of("s-seeds"), ids(STORE.stories(new StoryListing(StoryListing.Order.LARGEST, null, 1, 10))));
        StoryStore.StoryCard card = STORE.stories(StoryListing.newest(1)).getFirst();
        assertEquals(3, card.articleCount());
        assertEquals(List.of("Coastline Press Agency", "The Valley Gazette", "Marren Kurier"), card.outlets());
    }

    @Test
    void searchNeedsEveryQueryTermAndCountsFacetsOverMatches() {
        StoryStore.SearchResult bridges = STORE.search(SearchQuery.of("bridges collapsed", 10));
        assertEquals(1, bridges.total());
        StoryStore.SearchHit hit = bridges.hits().getFirst();
        assertEquals("s-bridge", hit.story().id());
        // "footbridge" is another word: the wire matches neither "bridges" nor, therefore, the query
        assertEquals("gazette-1", hit.articleId());
        assertTrue(hit.snippet().toLowerCase().contains("collapse"), hit.snippet());
        assertEquals(List.of(new StoryStore.FacetCount("The Valley Gazette", 1)), bridges.facets().get(DigestStore.OUTLET));

        assertEquals(0, STORE.search(SearchQuery.of("bridge gardeners", 10)).total());
        assertEquals(2, STORE.search(SearchQuery.of("", 10)).total());
        StoryStore.SearchResult all = STORE.search(SearchQuery.of("", 10));
        assertEquals(List.of(new StoryStore.FacetCount("en", 3), new StoryStore.FacetCount("de", 1)),
                all.facets().get(DigestStore.LANGUAGE));
    }

    @Test
    void searchFiltersByOutletEntityLanguageAndDates() {
        assertEquals(List.of("kurier-1"), articleIds(new SearchQuery("", null, null, "de", null, null, 0, 10)));
        assertEquals(List.of("gazette-1"), articleIds(new SearchQuery("", null, "elena vasquez-whitlock", null, null, null, 0, 10)));
        assertEquals(List.of("seeds-1"), articleIds(new SearchQuery("", "allotment weekly", null, null, null, null, 0, 10)));
        assertEquals(List.of("seeds-1"), articleIds(new SearchQuery("", null, null, null, null,
                LocalDate.parse("2025-03-12"), 0, 10)));
        assertEquals(0, STORE.search(new SearchQuery("", null, null, null, LocalDate.parse("2025-03-15"), null, 0, 10)).total());
    }

    @Test
    void snippetIsCutAroundTheFirstMatch() {
        String text = "One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                + "sixteen seventeen eighteen nineteen twenty the bridge collapsed and " + "more words ".repeat(30);
        String snippet = DigestStore.snippet(text, List.of("bridg"));
        assertTrue(snippet.startsWith("… ") && snippet.contains("the bridge collapsed") && snippet.endsWith(" …"), snippet);
    }

    private static List<String> ids(List<StoryStore.StoryCard> cards) {
        return cards.stream().map(StoryStore.StoryCard::id).toList();
    }

    private static List<String> articleIds(SearchQuery query) {
        return STORE.search(query).hits().stream().map(StoryStore.SearchHit::articleId).toList();
    }
}
