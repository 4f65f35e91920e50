package dev.chorus.compare;

import dev.chorus.model.AnalysedArticle;
import dev.chorus.model.Story;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuoteExtractorTest {

    private static List<Story.Quote> quotes(List<AnalysedArticle> articles) {
        return new QuoteExtractor().extract(articles, new EntityExtractor().extract(articles));
    }

    private static Story.Quote containing(List<Story.Quote> quotes, String part) {
        return quotes.stream().filter(q -> q.text().contains(part)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote with '" + part + "' in " + quotes));
    }

    @Test
    void mergesTheSameQuoteAcrossArticlesWithCanonicalSpeaker() {
        List<Story.Quote> quotes = quotes(Fixtures.douro());
        Story.Quote q = containing(quotes, "left without water in a dry summer");
        assertEquals("Joana Albuquerque", q.speaker());
        assertEquals(List.of(Fixtures.WIRE, Fixtures.REWRITE, Fixtures.TRANSLATION), q.articles());
        assertTrue(q.text().startsWith("This agreement guarantees"), "longest, most frequent wording: " + q.text());
        assertEquals(1, quotes.stream().filter(x -> x.text().contains("dry summer")).count());
        assertEquals(quotes.get(0), q, "quotes from most articles come first");
    }

    @Test
    void attributesQuoteBeforeVerbAndResolvesPronouns() {
        List<Story.Quote> quotes = quotes(Fixtures.douro());
        Story.Quote model = containing(quotes, "a model for the rest of Europe");
        assertEquals("Íñigo Saldaña", model.speaker());
        assertEquals(List.of(Fixtures.WIRE, Fixtures.REWRITE), model.articles());
        // '"We negotiated ... each other," he said.' follows a paragraph about Saldaña; two sentences, one quote
        Story.Quote negotiated = containing(quotes, "We negotiated for two long years");
        assertEquals("Íñigo Saldaña", negotiated.speaker());
        assertTrue(negotiated.text().contains("But we never stopped talking to each other"), negotiated.text());
        Story.Quote union = containing(quotes, "far too late");
        assertEquals("Carlos Mendes", union.speaker());
    }

    @Test
    void pronounPrefersTheLastSpeakerOverAPersonMerelyMentioned() {
        AnalysedArticle a = Fixtures.article("a",
                "Mayor Ines Carvalho said Prime Minister Rui Lopes had promised new money for the metro.",
                "\"We are grateful, but we need the cheque by March,\" she said.");
        List<Story.Quote> quotes = quotes(List.of(a));
        assertEquals("Ines Carvalho", containing(quotes, "cheque by March").speaker());
    }

    @Test
    void pronounPrefersAPersonNamedInItsParagraphOverThePreviousParagraphsSpeaker() {
        AnalysedArticle a = Fixtures.article("a",
                "Harbour master Piet Jansen said the ferry had been towed back to port.",
                "Mayor Ines Carvalho has suspended the crossing until the hull is inspected. "
                        + "\"Nobody sails on that boat until we know it is safe,\" she said.");
        List<Story.Quote> quotes = quotes(List.of(a));
        assertEquals("Ines Carvalho", containing(quotes, "Nobody sails on that boat").speaker());
    }

    @Test
    void aPronounSkipsAPersonWhoseGivenNameIsTheOtherSexs() {
        AnalysedArticle a = Fixtures.article("a",
                "Judge Michael Havel wrote to the committee after Senator Kirsten Dale had asked him to withdraw. "
                        + "\"I said a few things I should not have said,\" he wrote.",
                "Senator Kirsten Dale said the letter changed nothing. \"It is too late for regrets,\" she said, as "
                        + "Michael Havel left the room.");
        List<Story.Quote> quotes = quotes(List.of(a));
        assertEquals("Michael Havel", containing(quotes, "a few things I should not have said").speaker());
        assertEquals("Kirsten Dale", containing(quotes, "too late for regrets").speaker());
        assertTrue(QuoteExtractor.fits(new Story.Entity("Robin Lake", Story.EntityType.PERSON, List.of(), List.of()),
                "she"), "a name on neither list fits both");
    }

    @Test
    void anOrganisationNamedByAPhraseSpeaksAndTheMinistryRefersBackToIt() {
        AnalysedArticle a = Fixtures.article("a",
                "Norway's health ministry said on Monday that 40 clinics would close for the winter.",
                "The plan drew protests in Bergen. And Sweden's health ministry, the same day, offered help to "
                        + "patients near the border. \"No patient will be turned away at our clinics,\" the ministry said.",
                "In a statement, the Danish Transport Agency criticised the ferry plan and warned that it "
                        + "\"would delay every crossing for a year.\"");
        List<Story.Quote> quotes = quotes(List.of(a));
        assertEquals("Sweden's health ministry", containing(quotes, "turned away at our clinics").speaker(),
                "the most recent ministry, not the first");
        assertEquals("Danish Transport Agency", containing(quotes, "delay every crossing").speaker());
    }

    @Test
    void aRoleWithANationalityNoKnownPersonHasIsItselfTheSpeaker() {
        AnalysedArticle a = Fixtures.article("a",
                "Russian Foreign Minister Sergey Lavrov met his counterpart in Sochi on Tuesday.",
                "\"We will not give up on the pipeline,\" the Turkish minister said.",
                "\"Our cooperation is self-sufficient,\" the Russian minister said.");
        List<Story.Quote> quotes = quotes(List.of(a));
        assertEquals("Turkish minister", containing(quotes, "give up on the pipeline").speaker(),
                "not the Russian named before");
        assertEquals("Sergey Lavrov", containing(quotes, "self-sufficient").speaker());
    }

    @Test
    void aRolePhraseNamesThePersonIntroducedWithThatRoleElseItselfWithAllItsFragments() {
        AnalysedArticle a = Fixtures.article("a",
                "Greek Foreign Minister Nikos Dendias and Greek President Katerina Sakellaropoulou visited Crete.",
                "Greece's defence chief praised the \"courage of our coast guard crews\" for having \"saved every "
                        + "life on board\" during the storm.",
                "\"The island will be rebuilt,\" Greece's president told reporters.",
                "\"We will ask Brussels for help,\" Greece's foreign minister said.");
        List<Story.Quote> quotes = quotes(List.of(a));
        assertEquals("Greece's defence chief", containing(quotes, "courage of our coast guard").speaker(),
                "no person was introduced as defence chief: not the last Greek named");
        assertEquals("Greece's defence chief", containing(quotes, "saved every life").speaker(),
                "the second fragment of the same sentence, with no verb between");
        assertEquals("Katerina Sakellaropoulou", containing(quotes, "will be rebuilt").speaker());
        assertEquals("Nikos Dendias", containing(quotes, "ask Brussels for help").speaker());
    }

    @Test
    void aVerbThatIsNoSpeechVerbStillGivesTheQuotedWordsToItsSubject() {
        AnalysedArticle a = Fixtures.article("a",
                "Mayor Ines Carvalho met the ferry company on Monday. Later, councillor Rui Tavares called the new "
                        + "fares \"a tax on every islander\" and Carvalho promised \"a cheaper ticket by the summer\".");
        List<Story.Quote> quotes = quotes(List.of(a));
        assertEquals("Rui Tavares", containing(quotes, "tax on every islander").speaker());
        assertEquals("Ines Carvalho", containing(quotes, "cheaper ticket by the summer").speaker(),
                "a verb between two quotes of one sentence introduces the second");
    }

    @Test
    void organisationPhrasesNeedAnAnchorBeforeTheirOrganisationWord() {
        String para = "And Turkey's foreign ministry agreed. The transport board met. Officials of the Police "
                + "declined. The Interior Ministry said \"the Turkish army will stay\" on Friday.";
        List<String> phrases = QuoteExtractor.orgPhrases(para, QuoteExtractor.spans(para)).stream()
                .map(QuoteExtractor.OrgPhrase::text).toList();
        assertEquals(List.of("Turkey's foreign ministry", "Interior Ministry"), phrases,
                "no sentence-opening word as anchor, nothing inside quotes, no bare organisation word");
    }

    @Test
    void aPhraseSpeakerNeverContradictsANamedOneAndGivesWayToIt() {
        AnalysedArticle named = Fixtures.article("named",
                "\"The bridge will reopen before the summer,\" Mayor Ines Carvalho said on Tuesday.");
        AnalysedArticle phrase = Fixtures.article("phrase",
                "\"The bridge will reopen before the summer,\" Lisbon's city council said on Tuesday.");
        AnalysedArticle role = Fixtures.article("role",
                "\"The bridge will reopen before the summer,\" Lisbon's mayor said.");
        AnalysedArticle again = Fixtures.article("again",
                "\"The bridge will reopen before the summer,\" Lisbon's mayor said on Tuesday.");
        List<AnalysedArticle> articles = List.of(named, phrase, role, again);
        QuoteExtractor.Findings found = new QuoteExtractor().find(articles, new EntityExtractor().extract(articles));
        assertEquals(1, found.quotes().size());
        assertTrue(found.speakers().isEmpty(), "no 'who said' conflict: " + found.speakers());
        assertEquals("Ines Carvalho", found.quotes().getFirst().speaker(), "one named speaker outweighs three phrases");
    }

    @Test
    void aQuoteWithItsOwnSpeechVerbDoesNotContinueThePreviousSpeaker() {
        AnalysedArticle a = Fixtures.article("a",
                "Mayor Ines Carvalho condemned the new fares, saying they \"hurt every family on the island.\" "
                        + "In a statement, the transport board stressed that the fares \"broke every promise made to "
                        + "the town.\" \"We will fight them in court,\" she added.");
        List<Story.Quote> quotes = quotes(List.of(a));
        assertEquals("Ines Carvalho", containing(quotes, "hurt every family").speaker());
        assertNull(containing(quotes, "broke every promise").speaker());
        assertEquals("Ines Carvalho", containing(quotes, "fight them in court").speaker());
    }

    @Test
    void straightSingleQuotesDelimitAQuotationOnlyWhereTheyClearlyDo() {
        AnalysedArticle a = Fixtures.article("a",
                "'We will not sell the harbour's land to anyone,' Mayor Ines Carvalho said on Monday.",
                "The council's 'Blue Port' plan and the ministers' talks on the islanders' ferries go on.",
                "Carvalho said the offer was 'an insult to the people of the island' and left.");
        List<Story.Quote> quotes = quotes(List.of(a));
        assertEquals("Ines Carvalho", containing(quotes, "not sell the harbour's land to anyone").speaker());
        assertEquals(2, quotes.size(), quotes.toString()); // no speech verb in the second paragraph, no quote there
        containing(quotes, "an insult to the people of the island");
    }

    @Test
    void skipsScareQuotes() {
        List<Story.Quote> quotes = quotes(Fixtures.douro());
        assertFalse(quotes.stream().anyMatch(q -> q.text().contains("river mayors")), quotes.toString());
    }

    @Test
    void attributionPatterns() {
        AnalysedArticle a = Fixtures.article("a",
                "Health Minister Aiko Tanaka visited the hospital in Osaka on Sunday.",
                "Tanaka told reporters that \"the new wing will treat twice as many children as before\".",
                "\"Nobody should wait six hours for an ambulance again,\" said Hiroshi Mori, the hospital's director.",
                "According to Mori, \"the staff have worked without a break since the floods\".",
                "She said: \"We will fund the second phase next spring, whatever the budget says.\"",
                "\"The money is already there.\"",
                "Critics called the plan \"too little\".",
                "'Where will the money come from?\" asked a nurse outside the hospital gates on Sunday.",
                "Asked about the costs, Mori told the local radio: \"Every yen of it is accounted for.\"");
        List<Story.Quote> quotes = quotes(List.of(a));
        assertEquals("Aiko Tanaka", containing(quotes, "twice as many children").speaker());
        assertEquals("Hiroshi Mori", containing(quotes, "six hours for an ambulance").speaker());
        assertEquals("Hiroshi Mori", containing(quotes, "without a break").speaker());
        // "She" after a paragraph mentioning Mori last: the most recent person is Mori, but only a female
        // pronoun could disambiguate; we resolve to the most recent person mentioned, documented behaviour.
        Story.Quote phase = containing(quotes, "second phase");
        assertTrue(phase.speaker() != null);
        // a paragraph that is only a quote continues the previous speaker
        assertEquals(phase.speaker(), containing(quotes, "already there").speaker());
        assertFalse(quotes.stream().anyMatch(q -> q.text().contains("too little")));
        assertEquals("Hiroshi Mori", containing(quotes, "Every yen").speaker());
        assertFalse(quotes.stream().anyMatch(q -> q.text().contains("nurse")), "stray closing mark: " + quotes);
    }

    @Test
    void organisationNounsResolveToTheOrganisation() {
        AnalysedArticle a = Fixtures.article("a",
                "The Kenyan Health Ministry confirmed 14 new cholera cases in Kisumu on Saturday.",
                "\"All patients are receiving treatment and the outbreak is contained,\" the ministry said.");
        List<Story.Quote> quotes = quotes(List.of(a));
        assertEquals("Kenyan Health Ministry", containing(quotes, "outbreak is contained").speaker());
    }

    @Test
    void britishSingleQuotes() {
        AnalysedArticle a = Fixtures.article("a",
                "Transport Secretary Helen Price said the farmers’ protest was ‘understandable but deeply unhelpful "
                        + "to everyone’s journey’.",
                "‘We can’t keep closing motorways every weekend,’ she added.");
        List<Story.Quote> quotes = quotes(List.of(a));
        assertEquals(2, quotes.size(), quotes.toString());
        assertEquals("understandable but deeply unhelpful to everyone’s journey", quotes.get(0).text());
        assertEquals("We can’t keep closing motorways every weekend", quotes.get(1).text());
        assertTrue(quotes.stream().allMatch(q -> "Helen Price".equals(q.speaker())), quotes.toString());
    }

    @Test
    void americanTitlesWithPeriods() {
        AnalysedArticle a = Fixtures.article("a",
                "\"The base will stay open as long as I am in this job,\" said Gen. Paul Avery on Monday.",
                "Mr. Avery added: \"Nobody in Washington has asked me to close it.\"");
        List<Story.Quote> quotes = quotes(List.of(a));
        assertEquals(2, quotes.size(), quotes.toString());
        assertTrue(quotes.stream().allMatch(q -> "Paul Avery".equals(q.speaker())), quotes.toString());
    }

    @Test
    void unattributedQuoteHasNoSpeaker() {
        AnalysedArticle a = Fixtures.article("a",
                "A banner on the bridge read \"no more tolls for local drivers\" on Tuesday morning.");
        List<Story.Quote> quotes = quotes(List.of(a));
        assertEquals(1, quotes.size());
        assertNull(quotes.get(0).speaker());
    }
}
