package dev.chorus.extract;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The stock-phrase and prompt tests on their own, where their edges are easiest to see. */
class ContentExtractorPhrasesTest {

    @Test
    void stockPhrasesAreRecognised() {
        assertTrue(ContentExtractor.isStock("Advertisement"));
        assertTrue(ContentExtractor.isStock("ADVERTISEMENT"));
        assertTrue(ContentExtractor.isStock("Story continues below advertisement"));
        assertTrue(ContentExtractor.isStock("By Tom Quillby"));
        assertTrue(ContentExtractor.isStock("Updated 9 March 2024, 12:00"));
        assertTrue(ContentExtractor.isStock("(c) Brackwater Herald 2024"));
        assertTrue(ContentExtractor.isStock("Image 2 of 5"));
        assertTrue(ContentExtractor.isStock("Sponsored content"));
    }

    @Test
    void shortProseIsNotStock() {
        assertFalse(ContentExtractor.isStock("By then, the bridge was already closed."));
        assertFalse(ContentExtractor.isStock("c stands for the speed of light here."));
        assertFalse(ContentExtractor.isStock("Advertisement revenue fell by a third."));
        assertFalse(ContentExtractor.isStock("The council said it would share the report with shopkeepers, "
                + "advertisement boards included, before any further meetings take place this spring."),
                "long text is never stock");
    }

    @Test
    void promptsNeedTwoCallsToAction() {
        assertTrue(ContentExtractor.isPrompt("Sign up for our newsletter."));
        assertTrue(ContentExtractor.isPrompt("Have a tip? Write to news@herald.example."));
        assertFalse(ContentExtractor.isPrompt("Residents can subscribe to road-closure alerts from the council."));
    }

    @Test
    void datelinesAreShortYearStampsNotSentences() {
        assertTrue(ContentExtractor.isDateline("Lower Brackwater, 5 March 2024"));
        assertTrue(ContentExtractor.isDateline("terça-feira, 5 de março de 2024 às 9:30"));
        assertFalse(ContentExtractor.isDateline("The bridge opened in 1894."));
        assertFalse(ContentExtractor.isDateline("Ferry timetable 2024"));
        assertFalse(ContentExtractor.isDateline("Repairs will cost 2.4 million pounds"));
    }

    @Test
    void metaLinesNeedTwoPublicationWords() {
        assertTrue(ContentExtractor.isMetaLine("Posted by Tom Quillby in Transport"));
        assertTrue(ContentExtractor.isMetaLine("Publicado por: Ana Ribeiro - Categoria: Cidade"));
        assertFalse(ContentExtractor.isMetaLine("The report was published on Tuesday."));
    }
}
