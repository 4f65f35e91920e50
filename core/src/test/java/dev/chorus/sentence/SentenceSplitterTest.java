package dev.chorus.sentence;

import dev.chorus.model.AnalysedArticle;
import dev.chorus.model.Article;
import dev.chorus.model.Metadata;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    @Test
    void splitsOnTerminalPunctuationFollowedByCapital() {
        assertEquals(List.of("The council met on Monday.", "It voted to close the bridge.", "Why now?"),
                splitter.split("The council met on Monday. It voted to close the bridge. Why now?"));
    }

    @Test
    void keepsTitlesAndInitialsInsideTheSentence() {
        assertEquals(List.of("Mr. Okafor and Dr. J. Lindqvist met Gen. Ruiz in the U.S. capital on Friday."),
                splitter.split("Mr. Okafor and Dr. J. Lindqvist met Gen. Ruiz in the U.S. capital on Friday."));
    }

    @Test
    void keepsMilitaryRanksAndPlacePrefixesInsideTheSentence() {
        assertEquals(List.of("A soldier based at Ft. Hood told Det. Alvarez and Cpl. Mensah that Mt. Rainier was"
                        + " closed.", "Nobody else was told."),
                splitter.split("A soldier based at Ft. Hood told Det. Alvarez and Cpl. Mensah that Mt. Rainier was"
                        + " closed. Nobody else was told."));
    }

    @Test
    void keepsDecimalsAndLowerCaseContinuations() {
        assertEquals(List.of("Output rose 2.5 per cent. to 4.1 tonnes, the mill said."),
                splitter.split("Output rose 2.5 per cent. to 4.1 tonnes, the mill said."));
    }

    @Test
    void closingQuoteStaysWithItsSentence() {
        assertEquals(List.of("She said: \"We will rebuild.\"", "The mayor agreed."),
                splitter.split("She said: \"We will rebuild.\" The mayor agreed."));
        assertEquals(List.of("“The port is open,” he said.", "“Ships are moving.”"),
                splitter.split("“The port is open,” he said. “Ships are moving.”"));
    }

    @Test
    void frenchSpacedClosingGuillemetStaysWithItsSentence() {
        assertEquals(List.of("Le ministre a dit : « Nous restons. »", "Il est parti."),
                splitter.split("Le ministre a dit : « Nous restons. » Il est parti."));
        assertEquals(List.of("« C'est fini.\u202f»", "La séance est levée."),
                splitter.split("« C'est fini.\u202f» La séance est levée."));
    }

    @Test
    void quoteOpeningAfterAStopStartsANewSentence() {
        assertEquals(List.of("The vote was close.", "\"It is a relief,\" one member said."),
                splitter.split("The vote was close. \"It is a relief,\" one member said."));
        // lower-cased text (the Multi-News corpus, some transcripts): a quote after a stop still opens one
        assertEquals(List.of("the vote was close.", "\"it is a relief, \" one member said."),
                splitter.split("the vote was close. \"it is a relief, \" one member said."));
        assertEquals(List.of("they met at 9 a.m. \"on the dot\" and left."),
                splitter.split("they met at 9 a.m. \"on the dot\" and left."), "an abbreviation's stop");
    }

    @Test
    void numbersSentencesAcrossParagraphs() {
        Article article = new Article("a1", Metadata.EMPTY,
                List.of("First one. Second one.", "Third one."), List.of(), List.of());
        AnalysedArticle analysed = splitter.analyse(article);
        assertEquals(3, analysed.sentences().size());
        assertEquals(2, analysed.sentences().get(2).index());
        assertEquals(1, analysed.sentences().get(2).paragraph());
        assertEquals("a1", analysed.sentences().get(0).articleId());
    }

    @Test
    void textWithoutPunctuationIsOneSentence() {
        assertEquals(List.of("Vaccine cooperation"), splitter.split("  Vaccine cooperation "));
        assertEquals(List.of(), splitter.split("   "));
    }
}
