package dev.chorus.compare;

import dev.chorus.model.AnalysedArticle;
import dev.chorus.model.Story;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CopyDetectorTest {

    @Test
    void detectsTheWireRewriteButNotIndependentReports() {
        List<Story.Copy> copies = new CopyDetector().detect(Fixtures.douro());
        assertEquals(1, copies.size(), copies.toString());
        Story.Copy copy = copies.get(0);
        assertEquals(Fixtures.WIRE, copy.a(), "the longer wire copy is the likely source");
        assertEquals(Fixtures.REWRITE, copy.b());
        assertTrue(copy.shared() >= 0.6 && copy.shared() <= 1.0, "shared " + copy.shared());
        assertEquals(copy.shared(), Math.round(copy.shared() * 100) / 100.0);
    }

    @Test
    void sortsBySharedAndIgnoresUnrelatedArticles() {
        List<AnalysedArticle> articles = new ArrayList<>(Fixtures.douro());
        List<String> paragraphs = new ArrayList<>();
        for (var s : articles.get(0).sentences()) {
            paragraphs.add(s.text());
        }
        articles.add(Fixtures.article("verbatim", paragraphs.toArray(String[]::new)));
        articles.add(Fixtures.article("other",
                "A storm closed three ferry routes between the Azores islands on Thursday.",
                "Harbour officials expect the ferries to resume sailing at the weekend."));
        List<Story.Copy> copies = new CopyDetector().detect(articles);
        assertEquals(1.0, copies.get(0).shared());
        assertEquals(Fixtures.WIRE, copies.get(0).a());
        assertEquals("verbatim", copies.get(0).b());
        for (int i = 1; i < copies.size(); i++) {
            assertTrue(copies.get(i - 1).shared() >= copies.get(i).shared());
        }
        assertFalse(copies.stream().anyMatch(c -> c.a().equals("other") || c.b().equals("other")));
    }

    @Test
    void wholeCopiesAreReportedAgainstTheirOriginNotPairByPair() {
        List<String> wire = new ArrayList<>();
        for (var sentence : Fixtures.douro().get(0).sentences()) {
            wire.add(sentence.text());
        }
        List<AnalysedArticle> articles = new ArrayList<>();
        articles.add(Fixtures.douro().get(0));
        for (int k = 1; k <= 5; k++) {
            articles.add(Fixtures.article("outlet-" + k, wire.toArray(String[]::new)));
        }
        articles.add(Fixtures.douro().get(1)); // the rewrite reuses part of the wire copy
        List<Story.Copy> copies = new CopyDetector().detect(articles);

        List<Story.Copy> whole = copies.stream().filter(c -> c.shared() >= CopyDetector.WHOLE_COPY).toList();
        assertEquals(5, whole.size(), "six copies of one text are five relations: " + copies);
        assertTrue(whole.stream().allMatch(c -> c.a().equals(Fixtures.WIRE)), whole.toString());
        assertEquals(5, whole.stream().map(Story.Copy::b).distinct().count());
        assertEquals(1, copies.stream().filter(c -> c.b().equals(Fixtures.REWRITE) || c.a().equals(Fixtures.REWRITE))
                .count(), "the rewrite's reuse of the group is one relation: " + copies);
    }
}
