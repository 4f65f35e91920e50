package dev.chorus.compare;

import dev.chorus.model.AnalysedArticle;
import dev.chorus.model.Sentence;
import dev.chorus.model.Story;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClaimAlignerTest {

    private static ClaimGroup containing(List<ClaimGroup> groups, String part) {
        return groups.stream().filter(g -> g.sentences().stream().anyMatch(s -> s.text().contains(part)))
                .findFirst().orElseThrow(() -> new AssertionError("no claim with " + part));
    }

    @Test
    void groupsTheSameFactAcrossArticles() {
        List<ClaimGroup> groups = new ClaimAligner().groups(Fixtures.douro());
        ClaimGroup signing = containing(groups, "signed a water-sharing agreement in Porto");
        assertTrue(signing.claim().articles().containsAll(List.of(Fixtures.WIRE, Fixtures.REWRITE)),
                signing.toString());
        assertFalse(signing.claim().unique());
        ClaimGroup protest = containing(groups, "had protested against water cuts");
        assertEquals(List.of(Fixtures.WIRE, Fixtures.REWRITE, Fixtures.LOCAL), protest.claim().articles());
        assertTrue(protest.sentences().stream().map(Sentence::text).toList().contains(protest.claim().text()));
        ClaimGroup money = containing(groups, "€1.2bn");
        assertEquals(List.of(Fixtures.WIRE, Fixtures.REWRITE), money.claim().articles());
    }

    @Test
    void singleSourceFactsAreUniqueAndJunkIsSkipped() {
        List<AnalysedArticle> articles = new java.util.ArrayList<>(Fixtures.douro());
        articles.add(Fixtures.article("junk", "Read more", "SUBSCRIBE TO OUR NEWSLETTER TODAY FOR FREE NEWS",
                "Photo: archive"));
        List<ClaimGroup> groups = new ClaimAligner().groups(articles);
        ClaimGroup otters = containing(groups, "otters");
        assertTrue(otters.claim().unique());
        assertEquals(List.of(Fixtures.REWRITE), otters.claim().articles());
        assertFalse(groups.stream().anyMatch(g -> g.claim().articles().contains("junk")));
    }

    @Test
    void neverUsesTwoSentencesOfOneArticleAndNumbersClaimsInOrder() {
        AnalysedArticle a = Fixtures.article("a",
                "The port of Gdansk handled a record 60 million tonnes of cargo last year.",
                "The port of Gdansk handled a record 60 million tonnes of cargo in 2023, officials said.");
        AnalysedArticle b = Fixtures.article("b",
                "Gdansk's port handled a record 60 million tonnes of cargo last year, its operator said.");
        List<ClaimGroup> groups = new ClaimAligner().groups(List.of(a, b));
        for (ClaimGroup g : groups) {
            Set<String> ids = new HashSet<>();
            for (Sentence s : g.sentences()) {
                assertTrue(ids.add(s.articleId()), "article twice in " + g);
            }
            assertEquals(g.claim().articles(), List.copyOf(ids.stream().sorted().toList()));
        }
        List<Story.Claim> claims = new ClaimAligner().align(List.of(a, b));
        assertEquals(2, claims.size());
        assertEquals("c1", claims.get(0).id());
        assertEquals("c2", claims.get(1).id());
        assertEquals(2, claims.get(0).articles().size(), "the supported claim first");
        assertTrue(claims.get(1).unique());
    }

    @Test
    void aSentenceRepeatedInOneArticleIsOneClaim() {
        AnalysedArticle a = Fixtures.article("a",
                "Floods closed the main railway line between Porto and Braga on Friday.",
                "Floods closed the main railway line between Porto and Braga on Friday.",
                "Engineers expect the line to reopen next week.");
        List<Story.Claim> claims = new ClaimAligner().align(List.of(a));
        assertEquals(2, claims.size(), claims.toString());
    }

    @Test
    void claimTextPrefersASentenceThatStandsAlone() {
        AnalysedArticle a = Fixtures.article("a",
                "But he said the Lisbon metro extension, delayed by flooding and strikes, would open to passengers in June next year.");
        AnalysedArticle b = Fixtures.article("b",
                "The Lisbon metro extension will open to passengers in June next year, the operator said.");
        List<Story.Claim> claims = new ClaimAligner().align(List.of(a, b));
        assertEquals(List.of("a", "b"), claims.get(0).articles());
        assertTrue(claims.get(0).text().startsWith("The Lisbon metro"), claims.get(0).text());
        assertEquals(1, ClaimAligner.dependence("date 2020-12-29 The minister resigned."));
        assertEquals(0, ClaimAligner.dependence("The minister resigned on Monday."));
    }

    @Test
    void deterministic() {
        assertEquals(new ClaimAligner().groups(Fixtures.douro()), new ClaimAligner().groups(Fixtures.douro()));
    }
}
