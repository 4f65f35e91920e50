package dev.chorus.compare;

import dev.chorus.model.AnalysedArticle;
import dev.chorus.model.Article;
import dev.chorus.model.Metadata;
import dev.chorus.sentence.SentenceSplitter;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EdgeCaseTest {

    private static void runAll(List<AnalysedArticle> articles) {
        var entities = new EntityExtractor().extract(articles);
        var groups = new ClaimAligner().groups(articles);
        new QuoteExtractor().extract(articles, entities);
        new ConflictFinder().find(articles, groups, entities);
        new CopyDetector().detect(articles);
    }

    @Test
    void emptyAndDegenerateInputs() {
        runAll(List.of());
        AnalysedArticle empty = new SentenceSplitter().analyse(
                new Article("empty", Metadata.EMPTY, List.of(), List.of(), List.of()));
        AnalysedArticle odd = Fixtures.article("odd", "\"", "“Unclosed quote that runs on and on without end",
                "$", "12", "Mr", "... — …", "ALL CAPS MENU HOME NEWS SPORT WEATHER");
        runAll(List.of(empty));
        runAll(List.of(empty, odd, odd));
        assertEquals(List.of(), new CopyDetector().detect(List.of(empty, odd)));
    }

    @Test
    void countrySpellingsMeetInOneCanonicalPlace() {
        AnalysedArticle a = Fixtures.article("a", "Officials in the U.S. said the talks would resume in Geneva.",
                "The United States has not commented on the proposal from Myanmar.");
        AnalysedArticle b = Fixtures.article("b", "The US has not commented on the proposal from Burma.");
        var entities = new EntityExtractor().extract(List.of(a, b));
        var us = entities.stream().filter(e -> e.name().equals("United States")).findFirst().orElseThrow();
        assertTrue(us.aliases().containsAll(List.of("U.S.", "US")), us.toString());
        assertEquals(List.of("a", "b"), us.articles());
        var myanmar = entities.stream().filter(e -> e.name().equals("Myanmar")).findFirst().orElseThrow();
        assertTrue(myanmar.aliases().contains("Burma"), myanmar.toString());
    }

    @Test
    void captionsGluedIntoTheTextWithTheirPhotoCreditAreJunk() {
        assertTrue(Junk.isJunk("Rescue workers search the rubble of a school in brenholt, thursday, march 3, "
                + "2016.... ( associated press ) residents wait for news outside the hospital."));
        assertTrue(Junk.isJunk("Residents wait outside the hospital in Brenholt on Thursday. (AP Photo/Ida Lund)"));
        assertFalse(Junk.isJunk("The Associated Press reported that the school had been closed since March."));
        assertTrue(Junk.isJunk("FILE - In this Monday, June 11, 2007 file photo, the mayor of Brenholt speaks at the "
                + "opening of the new harbour."));
        assertTrue(Junk.isJunk("Residents queue for water in Brenholt in this March 3, 2016 file photo."));
        assertFalse(Junk.isJunk("The file photo the council released on Monday showed the bridge before the storm."));
        assertTrue(Junk.isJunk("media caption footage shows the rescue at the harbour a fisherman was pulled from "
                + "the water off brenholt on monday."), "the label runs into the lead: no boundary to cut at");
        assertTrue(Junk.isJunk("Residents wait outside the hospital. Image caption The hospital was evacuated."));
        assertFalse(Junk.isJunk("The council said the image caption had named the wrong harbour in Brenholt."));
    }

    @Test
    void promptsToTheReaderAreJunkButSentencesAboutTheSameThingsAreNot() {
        assertTrue(Junk.isJunk("Click here to see the full list of schools closed in brenholt on monday."));
        assertTrue(Junk.isJunk("Never miss a local story with our newsletters! sign up here the harbour reopened on "
                + "friday after a week of repairs."), "the prompt runs into the next sentence");
        assertTrue(Junk.isJunk("Sign up for the free morning briefing newsletter >> the mayor said the harbour would reopen."));
        assertTrue(Junk.isJunk("Email him at reporter@example.com or follow him on Twitter for updates from Brenholt."));
        assertTrue(Junk.isJunk("Read more: brenholt council votes to close the harbour for the winter months."));
        assertTrue(Junk.isJunk("Photo: lena berg buy photo image 3 of 12 the flooded harbour road in brenholt."));
        assertTrue(Junk.isJunk("Toggle caption lena berg/brenholt post the flooded harbour road on monday morning."));
        assertFalse(Junk.isJunk("More than 2,000 residents signed up for the council's flood alerts last year."));
        assertFalse(Junk.isJunk("Pupils in Brenholt read more books than any other town in the region, the survey found."));
        assertFalse(Junk.isJunk("The mayor told residents to follow the council's advice and stay away from the harbour."));
        assertFalse(Junk.isJunk("The company said it had lost 40,000 subscribers since the price rise in March."));
    }

    @Test
    void gluedMenuTextIsJunkButBrandNamesAreNot() {
        assertTrue(Junk.isJunk("Nordic Council of MinistersJoin the Nordic Food Systems Takeover at the summit in Oslo"));
        assertTrue(!Junk.isJunk("AstraZeneca and BlackRock said on Monday that WhatsApp users would get the update."));
        var entities = new EntityExtractor().extract(List.of(Fixtures.article("a",
                "AstraZeneca said its vaccine plant in Oxford would reopen.", "AstraZeneca shares rose.")));
        assertTrue(entities.stream().anyMatch(e -> e.name().equals("AstraZeneca")), entities.toString());
    }

    @Test
    void sameResultFromManyThreads() throws Exception {
        List<AnalysedArticle> articles = Fixtures.douro();
        var expected = new ConflictFinder().find(articles, new ClaimAligner().groups(articles),
                new EntityExtractor().extract(articles));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> new ConflictFinder().find(articles,
                        new ClaimAligner().groups(articles), new EntityExtractor().extract(articles))));
            }
            for (Future<?> f : futures) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdown();
        }
        assertTrue(!expected.isEmpty());
    }
}
