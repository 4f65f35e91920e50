package dev.chorus.summarise;

import dev.chorus.compare.ClaimGroup;
import dev.chorus.model.AnalysedArticle;
import dev.chorus.model.Sentence;
import dev.chorus.model.Story;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.chorus.TestArticles.article;
import static dev.chorus.summarise.SummaryStories.group;
import static dev.chorus.summarise.SummaryStories.sentences;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SummariserTest {

    private static final String LANDSLIDE = "The regional rail operator cancelled all trains on the coastal line on Monday after a landslide.";
    private static final String LANDSLIDE_AGAIN = "All trains on the coastal line were cancelled on Monday by the regional rail operator after a landslide.";
    private static final String SLOPE = "A local councillor said the slope had been unstable for years.";
    private static final String BUSES = "Replacement buses will run between Arlo and Fennick until at least Friday.";
    private static final String ENGINEERS = "Engineers expect to clear the track within a week if the weather stays dry.";

    /** Claims as the aligner hands them over: each with the sentence (article, position) that states it. */
    private static final List<ClaimGroup> CLAIMS = List.of(
            group("c1", LANDSLIDE, "a:0", "b:0", "c:0"),
            group("c2", BUSES, "a:5", "b:6"),
            group("c3", LANDSLIDE_AGAIN, "a:1", "c:1"),
            group("c4", ENGINEERS, "b:2", "c:2"),
            group("c5", SLOPE, "b:3"),
            group("c6", "Trains?", "a:9", "b:9", "c:9"));

    /** The articles {@code CLAIMS} come from, ten sentences each as their positions suppose. */
    private static final List<AnalysedArticle> ARTICLES = List.of(sentences("a", 10), sentences("b", 10),
            sentences("c", 10));

    @Test
    void prefersWidelyReportedClaimsAndSkipsRepeatsAndFragments() {
        List<Story.SummarySentence> summary = new Summariser(40).summarise(ARTICLES, CLAIMS);
        assertEquals(List.of(LANDSLIDE, ENGINEERS, BUSES), summary.stream().map(Story.SummarySentence::text).toList(),
                "3-source claim, then the 2-source ones in lead order; c3 repeats c1, c6 is a fragment");
        assertEquals(List.of("a", "b", "c"), summary.getFirst().articles());
    }

    @Test
    void aClaimWordedDifferentlyByItsArticlesIsToldOnceCitingThemAll() {
        // a paraphrase sharing few words, so that only knowing it is the same claim keeps it out
        String reworded = "Services between the two towns stopped after earth slid onto the tracks early on Monday.";
        ClaimGroup landslide = new ClaimGroup(new Story.Claim("c1", LANDSLIDE, List.of("a", "b"), false),
                List.of(new Sentence("a", 0, 0, LANDSLIDE), new Sentence("b", 0, 0, reworded)));
        List<Story.SummarySentence> summary = new Summariser(500).summarise(ARTICLES,
                List.of(landslide, group("c2", BUSES, "a:5", "b:6")));
        assertEquals(2, summary.size(), summary.toString());
        assertTrue(List.of(LANDSLIDE, reworded).contains(summary.getFirst().text()), summary.toString());
        assertEquals(List.of("a", "b"), summary.getFirst().articles());
        assertEquals(BUSES, summary.get(1).text());
    }

    @Test
    void aSentenceOpeningWithAConnectiveDoesNotOpenTheSummary() {
        String but = "But the operator said the slope had been unstable for years and should have been watched.";
        List<ClaimGroup> claims = List.of(group("c1", but, "a:2", "b:3", "c:2"), group("c2", BUSES, "a:0", "b:0"));
        List<Story.SummarySentence> summary = new Summariser(500).summarise(ARTICLES, claims);
        assertEquals(List.of(BUSES, but), summary.stream().map(Story.SummarySentence::text).toList());
        assertFalse(Summariser.leansBack("Butler County officials closed the road."), "a word, not a connective");
    }

    @Test
    void aQuotationDoesNotOpenTheSummary() {
        String quoted = "\u201cWe will not reopen the line until the slope is safe,\u201d the operator's chief said.";
        List<ClaimGroup> claims = List.of(group("c1", quoted, "a:1", "b:1", "c:1"), group("c2", BUSES, "a:0", "b:0"));
        List<Story.SummarySentence> summary = new Summariser(500).summarise(ARTICLES, claims);
        assertEquals(List.of(BUSES, quoted), summary.stream().map(Story.SummarySentence::text).toList());
        assertTrue(Summariser.opensAStory(BUSES));
        assertFalse(Summariser.opensAStory("'It was a miracle nobody was hurt,' a resident said."));
    }

    @Test
    void mostSupportedComeFirstWhateverTheirPlaceInTheStory() {
        List<ClaimGroup> claims = List.of(group("c1", BUSES, "a:0", "b:0"), group("c2", SLOPE, "a:1"),
                group("c3", ENGINEERS, "a:4", "b:5", "c:3"));
        List<Story.SummarySentence> summary = new Summariser(500).summarise(ARTICLES, claims);
        assertEquals(List.of(ENGINEERS, BUSES, SLOPE), summary.stream().map(Story.SummarySentence::text).toList());
    }

    @Test
    void aSentenceOpeningWithAPronounDoesNotOpenTheSummary() {
        String added = "He added that the slope had been unstable for years and should have been watched.";
        List<ClaimGroup> claims = List.of(group("c1", added, "a:2", "b:3", "c:2"), group("c2", BUSES, "a:0", "b:0"));
        List<Story.SummarySentence> summary = new Summariser(500).summarise(ARTICLES, claims);
        assertEquals(List.of(BUSES, added), summary.stream().map(Story.SummarySentence::text).toList());
    }

    @Test
    void aSentenceOverAHundredWordsComesOnlyWhenTheOthersLeaveTheBudgetOpen() {
        String inquiry = "The inquiry, which the transport ministry opened on Tuesday after residents of three villages "
                + "along the coast had complained for years that nobody answered their letters about cracks in the "
                + "retaining walls, the drains that overflowed every winter and the trees that leaned towards the "
                + "track, will report by the end of the summer, and its chair said she would visit every station "
                + "on the line, meet the families who had been moved out of their homes while the walls were "
                + "repaired, and hear the engineers who had warned the operator in two reports, neither of which "
                + "had been answered, that the slope above the northern tunnel could give way after heavy rain.";
        assertTrue(inquiry.split(" ").length > 100);
        List<ClaimGroup> claims = List.of(group("c1", inquiry, "a:0", "b:0", "c:0"), group("c2", BUSES, "a:3"),
                group("c3", SLOPE, "b:4"));
        assertEquals(List.of(BUSES, SLOPE), new Summariser(20).summarise(ARTICLES, claims).stream()
                .map(Story.SummarySentence::text).toList(), "best supported, but long: the short ones fill 20 words");
        assertEquals(List.of(inquiry, BUSES, SLOPE), new Summariser(120).summarise(ARTICLES, claims).stream()
                .map(Story.SummarySentence::text).toList(), "then it fills the rest, in support order");
    }

    @Test
    void aSentenceOpeningWithASingleQuoteMarkIsACandidateButOtherPunctuationIsNot() {
        String british = "‘We will run replacement buses until the line is safe,’ the operator said on Monday.";
        String dangling = ") and the operator said replacement buses would run until the line was safe.";
        List<ClaimGroup> claims = List.of(group("c1", dangling, "a:0", "b:0"), group("c2", british, "a:1"),
                group("c3", SLOPE, "b:4"));
        assertEquals(List.of(SLOPE, british), new Summariser(500).summarise(ARTICLES, claims).stream()
                .map(Story.SummarySentence::text).toList(), "both told; the quotation does not open");
    }

    @Test
    void aClaimTheDigestWillNotTellIsNotChosenButTheRestAre() {
        List<String> all = new Summariser(500).summarise(ARTICLES, CLAIMS).stream()
                .map(Story.SummarySentence::text).toList();
        List<String> told = new Summariser(500).summarise(ARTICLES, CLAIMS, List.of(), text -> !text.equals(BUSES))
                .stream().map(Story.SummarySentence::text).toList();
        assertTrue(all.contains(BUSES));
        assertEquals(all.stream().filter(t -> !t.equals(BUSES)).toList(), told);
    }

    @Test
    void budgetLimitsLength() {
        assertEquals(1, new Summariser(5).summarise(ARTICLES, CLAIMS).size());
        assertEquals(4, new Summariser(500).summarise(ARTICLES, CLAIMS).size());
    }

    @Test
    void withoutClaimsFallsBackToLeadSentencesCitingTheirArticle() {
        var a = article("a", "Title", null, "The museum reopened on Saturday after a two-year renovation of its east wing.",
                "Visitors queued around the block before the doors opened at nine.");
        List<Story.SummarySentence> summary = new Summariser(12).summarise(List.of(a), List.of());
        assertFalse(summary.isEmpty());
        assertTrue(summary.getFirst().text().startsWith("The museum reopened"));
        assertEquals(List.of("a"), summary.getFirst().articles());
    }

    @Test
    void rejectsNonPositiveBudget() {
        assertThrows(IllegalArgumentException.class, () -> new Summariser(0));
    }

    @Test
    void aPronounOpeningAQuoteWithAKnownSpeakerNamesThemInBrackets() {
        List<Story.Quote> quotes = List.of(
                new Story.Quote("Ines Marlow", "keep the crossings open through the winter", List.of("a", "b")),
                new Story.Quote(null, "an unknown voice said this", List.of("a")));
        assertEquals("[Marlow] said the council would \"keep the crossings open through the winter\".",
                Summariser.namingSpeaker("He said the council would \"keep the crossings open through the winter\".", quotes));
        assertEquals("She added that \"an unknown voice said this\".",
                Summariser.namingSpeaker("She added that \"an unknown voice said this\".", quotes), "no speaker, no name");
        assertEquals("They said the crossings would stay open through the winter.",
                Summariser.namingSpeaker("They said the crossings would stay open through the winter.", quotes),
                "only he and she stand for one person");
        assertEquals("\"We will keep the crossings open through the winter,\" [Marlow] said on Tuesday.",
                Summariser.namingSpeaker("\"We will keep the crossings open through the winter,\" she said on Tuesday.",
                        quotes), "the attribution after the quotation");
        assertEquals("“We will keep the crossings open through the winter.” She said the council agreed.",
                Summariser.namingSpeaker("“We will keep the crossings open through the winter.” She said the council agreed.",
                        quotes), "a capital She after the quotation starts another sentence's worth of claim: left");
        assertEquals("[Marlow] also told reporters the council would \"keep the crossings open through the winter\".",
                Summariser.namingSpeaker("She also told reporters the council would \"keep the crossings open "
                        + "through the winter\".", quotes));
        assertEquals("He will chair the council, which will \"keep the crossings open through the winter\", "
                        + "Marlow said.", Summariser.namingSpeaker("He will chair the council, which will \"keep the "
                        + "crossings open through the winter\", Marlow said.", quotes),
                "a pronoun that does not say the quote may be someone else");
        assertEquals("Hence the council will \"keep the crossings open through the winter\".",
                Summariser.namingSpeaker("Hence the council will \"keep the crossings open through the winter\".", quotes));
        assertEquals("[Marlow] added that the council would \u201ckeep the crossings open through the winter\u201d.",
                Summariser.namingSpeaker("He added that the council would \u201ckeep the crossings open through the "
                        + "winter\u201d.", List.of(new Story.Quote("Ines Marlow", "keep the crossings open, through "
                        + "the winter", List.of("a")))), "another article's punctuation of the same quote");
    }
}
