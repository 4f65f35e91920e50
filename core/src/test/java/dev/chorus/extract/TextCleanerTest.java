package dev.chorus.extract;

import dev.chorus.model.Article;
import dev.chorus.model.Metadata;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertIterableEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Behaviour of {@link TextCleaner} on invented articles (fictional places, people and outlets). */
class TextCleanerTest {

    private final TextCleaner cleaner = new TextCleaner();

    private Article clean(String text) {
        return cleaner.clean("t1", text, Metadata.EMPTY);
    }

    private static final String HARBOUR = """
            Valmora port strike ends after nine-day standoff

            Dockworkers accept a revised pay offer, reopening the region's busiest harbour

            Cranes stand idle at the eastern terminal of Valmora port on Monday. Lena Orsk/Handout via REUTERS

            Dockworkers in Valmora voted on Thursday to end a strike that had halted cargo traffic for nine days.

            The union said 78 percent of its members backed the revised offer from the port authority.

            "We got what we came for," said shop steward Amal Treviso.

            Ships that had waited offshore began moving into the terminal by the evening.
            """;

    @Test
    void findsTitleStandfirstCaptionAndKeepsProse() {
        Article a = clean(HARBOUR);
        assertEquals("Valmora port strike ends after nine-day standoff", a.metadata().title());
        assertEquals("Dockworkers accept a revised pay offer, reopening the region's busiest harbour",
                a.metadata().description());
        assertEquals(List.of("Cranes stand idle at the eastern terminal of Valmora port on Monday. Lena Orsk/Handout via REUTERS"),
                a.captions());
        assertEquals(List.of(
                "Dockworkers accept a revised pay offer, reopening the region's busiest harbour",
                "Dockworkers in Valmora voted on Thursday to end a strike that had halted cargo traffic for nine days.",
                "The union said 78 percent of its members backed the revised offer from the port authority.",
                "\"We got what we came for,\" said shop steward Amal Treviso.",
                "Ships that had waited offshore began moving into the terminal by the evening."), a.paragraphs());
        assertTrue(a.removed().isEmpty(), a.removed().toString());
        assertNull(a.metadata().published());
    }

    @Test
    void hintsWinOverWhatTheTextSays() {
        Metadata hints = new Metadata("Port strike over", List.of("Ria Mendel"), LocalDate.of(2021, 5, 6),
                "The Harbour Gazette", "en", null, "A hinted summary", null);
        Article a = cleaner.clean("h", "date 2021-05-01 " + HARBOUR.strip(), hints);
        assertEquals("Port strike over", a.metadata().title());
        assertEquals("A hinted summary", a.metadata().description());
        assertEquals(LocalDate.of(2021, 5, 6), a.metadata().published());
        assertEquals(List.of("Ria Mendel"), a.metadata().authors());
        assertEquals("The Harbour Gazette", a.metadata().outlet());
    }

    @Test
    void titleMatchingTheHintIsNotRepeatedInTheBody() {
        Metadata hints = Metadata.EMPTY.withTitle("Valmora port strike ends after nine-day standoff");
        Article a = cleaner.clean("h", HARBOUR, hints);
        assertFalse(a.paragraphs().contains("Valmora port strike ends after nine-day standoff"));
        assertFalse(a.removed().contains("Valmora port strike ends after nine-day standoff"));
    }

    @Test
    void adMarkersAndSourceLinesAreRemovedInOrder() {
        String text = """
                Glacier retreat speeds up in the Orrin range



                [ad_1]

                Glaciers in the Orrin range lost a fifth of their volume in a decade, surveyors reported on Friday.

                The survey team measured 41 glaciers using drones and ground stakes.

                Advertisement

                Meltwater now feeds two new lakes that did not exist in 2012.

                Source: News Agencies

                [ad_2]
                """;
        Article a = clean(text);
        assertEquals("Glacier retreat speeds up in the Orrin range", a.metadata().title());
        assertEquals(List.of("[ad_1]", "Advertisement", "Source: News Agencies", "[ad_2]"), a.removed());
        assertEquals(3, a.paragraphs().size());
        assertTrue(a.paragraphs().stream().noneMatch(p -> p.contains("[ad_")));
    }

    @Test
    void inlineAdMarkerIsCutOutOfAParagraph() {
        Article a = clean("Heavy rain floods Tessel valley roads\n\n[ad_1] Rivers rose by two metres overnight in the Tessel valley."
                + "\n\nSchools stayed closed on Tuesday.\n\nCrews cleared the main road by noon.");
        assertEquals("Rivers rose by two metres overnight in the Tessel valley.", a.paragraphs().get(0));
        assertEquals(List.of("[ad_1]"), a.removed());
    }

    @Test
    void adLabelsAndAHighlightsLabelBetweenSentencesAreCutButTheWordsInProseStay() {
        Article a = clean("Tessel valley floods\n\nStory highlights rivers rose by two metres overnight in the Tessel "
                + "valley. Advertisement advertisement \"We have never seen it this high,\" a farmer said. "
                + "Advertisementskip schools stayed closed on Tuesday. The story highlights how little the dykes were "
                + "checked. Advertisement revenue of the valley paper fell, its editor said.\n\nCrews cleared the main "
                + "road by noon on Wednesday. Advertisement the water fell on thursday.\n\n"
                + "Advertisement the pumps ran all night, a farmer said.");
        assertEquals("Crews cleared the main road by noon on Wednesday. the water fell on thursday.", a.paragraphs().get(1));
        assertEquals("the pumps ran all night, a farmer said.", a.paragraphs().get(2));
        assertEquals("rivers rose by two metres overnight in the Tessel valley. \"We have never seen it this high,\" a "
                + "farmer said. schools stayed closed on Tuesday. The story highlights how little the dykes were checked. "
                + "Advertisement revenue of the valley paper fell, its editor said.", a.paragraphs().get(0));
        assertEquals(List.of("Story highlights", "Advertisement advertisement", "Advertisementskip", "Advertisement",
                "Advertisement"), a.removed());
    }

    @Test
    void aListItemRepeatedByTheNextLineIsALinkShownTwiceAndGoes() {
        String text = """
                Ministers agree grain corridor through the Kessa strait

                Ministers from three coastal states agreed on Monday to open a protected grain corridor.

                  \u2013 Corridor deal: ships will be inspected once, at the port of departure
                    Corridor deal: ships will be inspected once, at the port of departure

                The first convoy is expected to sail next week, officials said.

                  \u2013 Insurers welcomed the plan but warned premiums would stay high.

                The first convoy is expected to sail next week, officials said.
                """;
        Article a = clean(text);
        assertEquals(List.of(
                "Ministers from three coastal states agreed on Monday to open a protected grain corridor.",
                "The first convoy is expected to sail next week, officials said.",
                "Insurers welcomed the plan but warned premiums would stay high."), a.paragraphs(),
                "a list item not repeated right after stays; a repeated sentence goes alone");
        assertEquals(List.of("Corridor deal: ships will be inspected once, at the port of departure",
                "Corridor deal: ships will be inspected once, at the port of departure",
                "The first convoy is expected to sail next week, officials said."), a.removed());
    }

    @Test
    void repeatedParagraphFurtherDownIsRemoved() {
        String text = """
                Library reopens after fire

                The Dunmere public library reopened on Saturday after a two-year rebuild.

                Volunteers catalogued more than 30,000 donated books during the closure.

                The Dunmere public library reopened on Saturday after a two-year rebuild.

                A reading room now bears the name of the firefighter who saved the archive.
                """;
        Article a = clean(text);
        assertEquals(3, a.paragraphs().size());
        assertEquals(List.of("The Dunmere public library reopened on Saturday after a two-year rebuild."), a.removed());
    }

    @Test
    void gluedDateLabelIsSplitOffAndGivesThePublicationDate() {
        String text = """
                 date 2020-12-29 The Corvel city council approved a plan on Tuesday to plant 12,000 trees along its ring road.

                "Shade is infrastructure," the council's planning chief, Ines Barrow, told reporters.

                Planting will begin in March and take two years.
                """;
        Article a = clean(text);
        assertEquals(LocalDate.of(2020, 12, 29), a.metadata().published());
        assertEquals("The Corvel city council approved a plan on Tuesday to plant 12,000 trees along its ring road.",
                a.paragraphs().get(0));
        assertEquals(List.of("date 2020-12-29"), a.removed());
        assertEquals(3, a.paragraphs().size());
        assertNull(a.metadata().title(), "no headline line: the title is unknown, not made up from the lead");
    }

    @Test
    void headerDateAboveHeadlineIsChromeNotThePublicationDate() {
        String text = """
                Wednesday

                14th Feb 2024

                Rail link to Brenholt finally opens

                The first passenger train in forty years reached Brenholt on Tuesday morning.

                Around 300 residents gathered on the platform to greet it.

                The line cost 85 million euros and took six years to rebuild.
                """;
        Article a = clean(text);
        assertEquals("Rail link to Brenholt finally opens", a.metadata().title());
        assertNull(a.metadata().published());
        assertEquals(List.of("Wednesday", "14th Feb 2024"), a.removed());
        assertEquals(3, a.paragraphs().size());
    }

    @Test
    void labelledPublishedLineGivesTheDateButUpdatedNeverDoes() {
        String text = """
                Heatwave warning for the southern plains

                By Jane Doe and Omar Kestrel

                Published 3 March 2023

                Updated: 5 March 2023 10:42 GMT

                Forecasters issued a red warning on Friday as temperatures were expected to pass 44C.

                Hospitals in Ardel have cancelled routine surgery for the weekend.

                Officials urged residents to check on elderly neighbours.
                """;
        Article a = clean(text);
        assertEquals(LocalDate.of(2023, 3, 3), a.metadata().published());
        assertEquals(List.of("Jane Doe", "Omar Kestrel"), a.metadata().authors());
        assertEquals(List.of("By Jane Doe and Omar Kestrel", "Published 3 March 2023", "Updated: 5 March 2023 10:42 GMT"),
                a.removed());
        assertEquals(3, a.paragraphs().size());
    }

    @Test
    void onlyAnUpdatedStampMeansNoPublicationDate() {
        Article a = clean("Bridge inspection finds cracks\n\nLast updated December 2, 2022\n\n"
                + "Engineers found hairline cracks in two pillars of the Oster bridge.\n\nThe bridge stays open to cars.\n\n"
                + "Lorries over 7.5 tonnes are diverted.");
        assertNull(a.metadata().published());
        assertEquals(List.of("Last updated December 2, 2022"), a.removed());
    }

    @Test
    void relativeStampsReadingTimeAndSharingAreRemoved() {
        String text = """
                Orchard growers fear late frost

                Published 3 hours ago

                4 min read

                Share this article

                Apple growers in the Lune valley lit fires between the rows overnight to protect the blossom.

                Follow us on Twitter

                A hard frost in April could cut the harvest by half, the growers' association said.

                Read more: How a warm winter confused the bees

                Growers expect to know the damage within a week.
                """;
        Article a = clean(text);
        assertEquals(3, a.paragraphs().size());
        assertEquals(List.of("Published 3 hours ago", "4 min read", "Share this article", "Follow us on Twitter",
                "Read more: How a warm winter confused the bees"), a.removed());
        assertNull(a.metadata().published());
    }

    @Test
    void captionsWithCreditsGoToCaptions() {
        String text = """
                Ferry service to Ilsa island resumes

                \u2013 The repaired ferry leaves the harbour at dawn (Photo: harbourtrust.example)

                The ferry to Ilsa island sailed again on Sunday after a month in dry dock.

                Islanders cheer as the ferry docks [Marta Quell via AFP]

                Image: Tomas Brandt/The Coastal Courier

                The operator said the timetable will return to normal by May.

                A ferry crew member waves to passengers. Getty Images

                Tourism businesses on the island said bookings had already picked up.
                """;
        Article a = clean(text);
        assertEquals(List.of(
                "The repaired ferry leaves the harbour at dawn (Photo: harbourtrust.example)",
                "Islanders cheer as the ferry docks [Marta Quell via AFP]",
                "Image: Tomas Brandt/The Coastal Courier",
                "A ferry crew member waves to passengers. Getty Images"), a.captions());
        assertEquals(3, a.paragraphs().size());
        assertTrue(a.removed().isEmpty());
    }

    @Test
    void proseMentioningAnAgencyIsNotACaption() {
        String text = """
                Mine reopens under new owners

                The Kaldor copper mine reopened on Monday, a company spokesman told Reuters.

                About 400 miners returned to work on the first shift, the company said (AP)

                Output will be limited at first (about 40 tonnes a day), according to the operator.

                Workers were rehired on their old contracts.
                """;
        Article a = clean(text);
        assertTrue(a.captions().isEmpty(), a.captions().toString());
        assertEquals(4, a.paragraphs().size());
    }

    @Test
    void wholeSubscriptionPromptBlockIsRemovedButSurroundingProseStays() {
        String text = """
                Council backs new cycle lanes

                The Marrowby council voted 9 to 4 on Wednesday to build cycle lanes on three main roads.

                Read and decide

                Join The Marrowby Ledger today

                Local news you can trust

                Unlimited access to every story. 30-day free trial.

                ... or subscribe as a family

                Shop owners on Fenn Street had opposed the plan, fearing the loss of parking.

                Construction is due to start in the autumn.
                """;
        Article a = clean(text);
        assertEquals(List.of(
                "The Marrowby council voted 9 to 4 on Wednesday to build cycle lanes on three main roads.",
                "Shop owners on Fenn Street had opposed the plan, fearing the loss of parking.",
                "Construction is due to start in the autumn."), a.paragraphs());
        assertEquals(List.of("Read and decide", "Join The Marrowby Ledger today", "Local news you can trust",
                "Unlimited access to every story. 30-day free trial.", "... or subscribe as a family"), a.removed());
    }

    @Test
    void newsletterAndCookieNoticesAreRemoved() {
        String text = """
                Museum returns carved mask

                We use cookies to improve your experience. By continuing you accept our cookie policy.

                The Hallin museum handed back a carved mask to the village it was taken from in 1911.

                Sign up for our newsletter to get the day's top stories.

                Elders received the mask at a ceremony on Saturday.

                Click here to see more photos

                The museum is reviewing 200 other objects in its collection.
                """;
        Article a = clean(text);
        assertEquals(3, a.paragraphs().size());
        assertEquals(3, a.removed().size(), a.removed().toString());
    }

    @Test
    void teaserTailAndFooterAreCut() {
        String text = """
                Wind farm approved off the Serra coast

                Regulators approved a 60-turbine wind farm off the Serra coast on Thursday.

                The project will supply power to about 400,000 homes, the developer said.

                Fishing groups said they would appeal the decision.

                Construction is expected to start in 2026.

                Drought hits olive harvest

                Olive growers in the south expect their smallest harvest in a decade.

                Opinion

                Why the grid needs storage, not only turbines

                Batteries could smooth out the swings that worry network operators.

                Latest News

                  1. Drought hits olive harvest
                  2. Port strike enters second week
                  3. New mayor sworn in at Corvel

                Editor's Picks

                  1. Inside the last lighthouse keeper's logbook
                  2. Ten walks along the Serra cliffs

                Join The Coastal Courier

                Coastal news that matters

                Join us
                """;
        Article a = clean(text);
        assertEquals(List.of(
                "Regulators approved a 60-turbine wind farm off the Serra coast on Thursday.",
                "The project will supply power to about 400,000 homes, the developer said.",
                "Fishing groups said they would appeal the decision.",
                "Construction is expected to start in 2026."), a.paragraphs());
        assertEquals("Drought hits olive harvest", a.removed().get(0));
        assertEquals("Join us", a.removed().get(a.removed().size() - 1));
        assertTrue(a.paragraphs().stream().noneMatch(p -> p.matches("^\\d+[.)] .*")));
    }

    @Test
    void subheadingsAndShortSentencesInTheBodyAreKept() {
        String text = """
                Valley towns plan joint water utility

                Four towns in the Merrin valley agreed on Monday to merge their water services.

                Cost savings

                The merged utility would save an estimated 2 million euros a year.

                "It works," said one mayor.

                Next steps

                Residents will vote on the plan in June.

                Engineers will survey the old pipes over the summer.
                """;
        Article a = clean(text);
        assertEquals(List.of(
                "Four towns in the Merrin valley agreed on Monday to merge their water services.",
                "Cost savings",
                "The merged utility would save an estimated 2 million euros a year.",
                "\"It works,\" said one mayor.",
                "Next steps",
                "Residents will vote on the plan in June.",
                "Engineers will survey the old pipes over the summer."), a.paragraphs());
        assertTrue(a.removed().isEmpty(), a.removed().toString());
    }

    @Test
    void hardWrappedLinesJoinButListItemsStaySeparate() {
        String text = "Town hall sets budget priorities\n\n"
                + "The Ostby town hall published its budget on Monday, setting out how it\n"
                + "plans to spend an extra 4 million euros over the next two years on\n"
                + "schools, roads and the harbour.\n\n"
                + "The main items are:\n"
                + "\u2022 a new roof for the primary school\n"
                + "\u2022 resurfacing of the coast road\n\n"
                + "Councillors will debate the plan next week.";
        Article a = clean(text);
        assertEquals(List.of(
                "The Ostby town hall published its budget on Monday, setting out how it plans to spend an extra 4 million "
                        + "euros over the next two years on schools, roads and the harbour.",
                "The main items are:",
                "a new roof for the primary school",
                "resurfacing of the coast road",
                "Councillors will debate the plan next week."), a.paragraphs());
    }

    @Test
    void whitespaceIsNormalised() {
        String text = "Snow\u00a0closes mountain pass\r\n\r\nThe\tKarst pass closed on Sunday\u00a0after\u200b heavy snow.\r\n\r\n"
                + "Drivers were told to use the valley road.\r\n\r\nThe pass may reopen on Wednesday.";
        Article a = clean(text);
        assertEquals("Snow closes mountain pass", a.metadata().title());
        assertEquals("The Karst pass closed on Sunday after heavy snow.", a.paragraphs().get(0));
    }

    @Test
    void agencyDatelineIsSplitFromTheLead() {
        String text = """
                Talks on fishing quotas collapse

                BRENHOLT (Reuters) - Talks between two coastal states on fishing quotas collapsed on Friday.

                Both sides blamed the other for the failure.

                A new round may be held in the spring.
                """;
        Article a = clean(text);
        assertEquals("Talks between two coastal states on fishing quotas collapsed on Friday.", a.paragraphs().get(0));
        assertEquals(List.of("BRENHOLT (Reuters) -"), a.removed());
    }

    @Test
    void copyrightFooterIsRemoved() {
        Article a = clean("Vineyard wins export award\n\nThe Ravel vineyard won an export award for its white wine.\n\n"
                + "Sales abroad doubled last year.\n\nThe owners plan to hire ten more pickers.\n\n"
                + "\u00a9 2024 The Valley Herald. All rights reserved.");
        assertEquals(3, a.paragraphs().size());
        assertEquals(List.of("\u00a9 2024 The Valley Herald. All rights reserved."), a.removed());
    }

    @Test
    void emptyAndBlankInputGiveAnEmptyArticle() {
        for (String s : new String[]{"", "   \n\n \t\n", null}) {
            Article a = cleaner.clean("e", s, Metadata.EMPTY);
            assertTrue(a.paragraphs().isEmpty());
            assertNull(a.metadata().title());
        }
    }

    @Test
    void nothingIsLostSilently() {
        String text = """
                Tuesday

                Council backs new cycle lanes

                By Pia Lorne

                Cyclists ride past the town hall. Photo: Ivo Grant

                The council voted on Wednesday to build cycle lanes on three main roads.

                [ad_1]

                Shop owners had opposed the plan.

                Source: Local Agencies

                Latest News

                  1. One
                  2. Two headline here
                  3. Three headline here
                """;
        Article a = clean(text);
        String all = String.join("\n", a.paragraphs()) + String.join("\n", a.captions())
                + String.join("\n", a.removed()) + a.metadata().title();
        for (String line : text.split("\n")) {
            String t = line.strip().replaceFirst("^\\d+\\. ", "");
            assertTrue(all.contains(t), "lost: " + t);
        }
    }

    @Test
    void proseThatMerelyMentionsSubscriptionsOrBylinesIsKept() {
        String text = """
                Streaming firm posts record quarter

                Subscription revenue at Lumen Media rose 14 percent to 820 million euros in the third quarter.

                By Tuesday, the company's shares had climbed to a two-year high.

                More than 90,000 households signed up for the new family plan in September.

                Analysts at Corvel Bank said the newsletter business remained small.
                """;
        Article a = clean(text);
        assertEquals(4, a.paragraphs().size(), a.removed().toString());
        assertTrue(a.removed().isEmpty(), a.removed().toString());
        assertTrue(a.metadata().authors().isEmpty());
    }

    @Test
    void weakLabelUsedAsSubheadingDoesNotEndTheArticle() {
        String text = """
                Farmers gain water rights in court ruling

                The supreme court ruled on Monday that farmers in the Ardel basin hold first claim to river water.

                The case had run for eleven years.

                Analysis

                The ruling is likely to shape similar disputes in neighbouring provinces, lawyers said.
                """;
        Article a = clean(text);
        assertEquals(4, a.paragraphs().size(), a.removed().toString());
        assertEquals("The ruling is likely to shape similar disputes in neighbouring provinces, lawyers said.",
                a.paragraphs().get(3));
    }

    @Test
    void listClosingTheArticleIsKept() {
        String text = """
                City publishes storm checklist

                The Oster city council issued a storm checklist on Friday ahead of the autumn season.

                Residents are asked to prepare three things:

                • a torch with spare batteries
                • drinking water for three days
                • a charged mobile phone
                """;
        Article a = clean(text);
        assertEquals(List.of(
                "The Oster city council issued a storm checklist on Friday ahead of the autumn season.",
                "Residents are asked to prepare three things:",
                "a torch with spare batteries",
                "drinking water for three days",
                "a charged mobile phone"), a.paragraphs());
    }

    @Test
    void relatedLinksInsideTheBodyAreRemovedWithTheirLabel() {
        String text = """
                Lighthouse restored on Kerrow point

                Volunteers finished restoring the Kerrow point lighthouse on Sunday after three summers of work.

                Related

                Coastal erosion threatens Kerrow cottages

                Island ferry fares to rise in spring

                The lamp was relit at dusk in front of about 200 people.

                The trust plans to open the tower to visitors next year.
                """;
        Article a = clean(text);
        assertEquals(3, a.paragraphs().size(), a.paragraphs().toString());
        assertEquals(List.of("Related", "Coastal erosion threatens Kerrow cottages", "Island ferry fares to rise in spring"),
                a.removed());
    }

    @Test
    void americanCityAndStateDatelinesAreSplitFromTheLeadButAnAppositionIsNot() {
        assertEquals("Three people were hurt when a storm hit the fair on Saturday.", clean(
                "CLEVELAND, Ohio \u2014 Three people were hurt when a storm hit the fair on Saturday.\n\n"
                        + "The fair will reopen on Monday.").paragraphs().get(0));
        assertEquals("three people were hurt when a storm hit the fair on saturday.", clean(
                "trussville, ala. -- three people were hurt when a storm hit the fair on saturday.\n\n"
                        + "the fair will reopen on monday.").paragraphs().get(0));
        String apposition = "Their daughter, Georgia \u2014 who was nine at the time \u2014 saw the storm coming.";
        assertEquals(apposition, clean(apposition + "\n\nThe fair will reopen on Monday.").paragraphs().get(0));
    }

    @Test
    void acronymWithDashAtStartOfProseIsNotADateline() {
        String text = """
                Trade talks resume

                EU - Mercosur negotiators met again in Brenholt on Thursday after a six-month pause.

                Both sides said progress had been made on farm quotas.

                A further round is planned for May.
                """;
        Article a = clean(text);
        assertEquals("EU - Mercosur negotiators met again in Brenholt on Thursday after a six-month pause.",
                a.paragraphs().get(0));
        assertTrue(a.removed().isEmpty(), a.removed().toString());
    }

    @Test
    void hintTitleIsFoundBelowAKickerAndOutletSuffix() {
        String text = """
                The Valley Herald

                Ferry fares frozen for another year

                Ferry fares to the islands will not rise this year, the transport board said on Monday.

                The board had proposed a 6 percent rise in the spring.

                Island councils welcomed the decision.
                """;
        Article a = cleaner.clean("k", text, Metadata.EMPTY.withTitle("Ferry fares frozen for another year | The Valley Herald"));
        assertEquals("Ferry fares frozen for another year | The Valley Herald", a.metadata().title());
        assertEquals(List.of("The Valley Herald"), a.removed());
        assertEquals(3, a.paragraphs().size());
    }

    @Test
    void imageCaptionLabelAndBracketedAsideAreTellApart() {
        String text = """
                Tram line extended to the airport

                Image caption, The first tram arrives at the new airport stop

                The tram line to Corvel airport opened on Saturday (via a new bridge over the river).

                Journey times to the centre fall to 18 minutes.

                Tickets cost the same as on the rest of the network.
                """;
        Article a = clean(text);
        assertEquals(List.of("Image caption, The first tram arrives at the new airport stop"), a.captions());
        assertEquals(3, a.paragraphs().size());
    }

    @Test
    void multipleAdMarkersInOneLineAreAllRecorded() {
        Article a = clean("Harbour dredging starts\n\n[ad_1] The harbour authority began dredging on Monday. [ad_2]"
                + "\n\nWork will last six weeks.\n\nShips will use the outer berth meanwhile.");
        assertEquals(List.of("[ad_1]", "[ad_2]"), a.removed());
        assertEquals("The harbour authority began dredging on Monday.", a.paragraphs().get(0));
    }

    @Test
    void dateStampWithAuthorIsMetadataNotTitle() {
        String text = """
                Jane Doe | 29 December 2020

                Snowfall record broken in the Karst hills

                The Karst hills saw 1.2 metres of snow in a single day, breaking a record set in 1951.

                Roads to three villages were closed.

                Army crews delivered food by tracked vehicle.
                """;
        Article a = clean(text);
        assertEquals("Snowfall record broken in the Karst hills", a.metadata().title());
        assertNull(a.metadata().published());
        assertEquals(List.of("Jane Doe | 29 December 2020"), a.removed());
    }

    @Test
    void fullPageWithMenusBylineSharingNewsletterAndFooter() {
        String text = """
                Skip to main content
                Menu
                Search
                World
                Europe
                Middle East

                Harbour city braces for record tide

                Storm surge could top barriers built in 1987, engineers warn

                By Lotte Varga, Science Correspondent
                Published: Tuesday, 29 December 2020 - 09:14 GMT
                Updated: 29 December 2020 - 18:40 GMT

                4 min read

                Share this article
                Facebook Twitter WhatsApp Email

                Sandbags are stacked outside shops in the old town on Monday. (Photo: Kees Marle/Harbour Daily)

                Engineers in the port city of Kessa said on Tuesday that a storm surge expected this weekend could
                top flood barriers built more than thirty years ago, and urged residents of low-lying districts to
                prepare to leave their homes.

                The city's chief engineer, Dora Lindqvist, said the barriers were designed for a tide of 3.9 metres.
                "Tomorrow's forecast is 4.1," she said.

                ADVERTISEMENT

                Evacuation

                About 12,000 people live in the districts at risk.
                Buses will run from the central station from Friday morning.

                Sign up to our Morning Brief newsletter
                Get the day's top stories in your inbox every morning.

                The port will close to shipping on Saturday.

                "We have done this before," said harbour master Piet Osk. "We will do it again."

                Read more:
                Kessa's flood defences: a timeline
                Why sea levels are rising faster in the north

                Topics
                Climate
                Floods
                Kessa

                Most Read
                1. Harbour city braces for record tide
                2. Minister resigns over rail contracts
                3. Ten winter walks

                © 2020 Harbour Daily Media Ltd. All rights reserved.
                Privacy Policy
                Terms of Use
                Cookie Settings
                """;
        Article a = clean(text);
        assertEquals("Harbour city braces for record tide", a.metadata().title());
        assertEquals("Storm surge could top barriers built in 1987, engineers warn", a.metadata().description());
        assertEquals(LocalDate.of(2020, 12, 29), a.metadata().published());
        assertEquals(List.of("Lotte Varga"), a.metadata().authors());
        assertEquals(List.of("Sandbags are stacked outside shops in the old town on Monday. (Photo: Kees Marle/Harbour Daily)"),
                a.captions());
        assertEquals(List.of(
                "Storm surge could top barriers built in 1987, engineers warn",
                "Engineers in the port city of Kessa said on Tuesday that a storm surge expected this weekend could top flood "
                        + "barriers built more than thirty years ago, and urged residents of low-lying districts to prepare to "
                        + "leave their homes.",
                "The city's chief engineer, Dora Lindqvist, said the barriers were designed for a tide of 3.9 metres. "
                        + "\"Tomorrow's forecast is 4.1,\" she said.",
                "Evacuation",
                "About 12,000 people live in the districts at risk. Buses will run from the central station from Friday morning.",
                "The port will close to shipping on Saturday.",
                "\"We have done this before,\" said harbour master Piet Osk. \"We will do it again.\""), a.paragraphs());
        assertTrue(a.removed().containsAll(List.of("Skip to main content", "Middle East", "4 min read",
                "Facebook Twitter WhatsApp Email", "ADVERTISEMENT", "Sign up to our Morning Brief newsletter",
                "Get the day's top stories in your inbox every morning.", "Kessa's flood defences: a timeline",
                "Topics", "Most Read", "3. Ten winter walks", "Cookie Settings")), a.removed().toString());
    }

    @Test
    void blogPageWithBreadcrumbPostedOnTagsAndCommentForm() {
        String text = """
                Home » News » Politics

                Ministers clash over rail budget

                Posted on March 4, 2024 by Tom Reyes

                The transport and finance ministers clashed in parliament on Monday over the cost of the northern rail line.

                Transport minister Ana Ruiz said the line was "the most important project of the decade".

                Finance minister Karl Benn replied that the budget had already doubled.

                Related: Rail line costs double in three years

                The project's board will publish a new estimate in April.

                Tags: rail, budget, parliament

                Leave a Reply
                Your email address will not be published. Required fields are marked *

                Comment
                Name *
                Email *
                Website
                """;
        Article a = clean(text);
        assertEquals("Ministers clash over rail budget", a.metadata().title());
        assertEquals(LocalDate.of(2024, 3, 4), a.metadata().published());
        assertEquals(List.of("Tom Reyes"), a.metadata().authors());
        assertEquals(4, a.paragraphs().size(), a.paragraphs().toString());
        assertEquals("Home \u00bb News \u00bb Politics", a.removed().get(0));
        assertEquals("Website", a.removed().get(a.removed().size() - 1));
    }

    @Test
    void slashInAHeadlineIsNotABreadcrumb() {
        Article a = clean("Valmora/Kessa ferry talks stall\n\nTalks on a joint ferry service stalled on Monday.\n\n"
                + "Both towns blamed rising fuel costs.\n\nA new meeting is set for June.");
        assertEquals("Valmora/Kessa ferry talks stall", a.metadata().title());
    }

    @Test
    void narrowHardWrappedPageWithKeyPointsCaptionPairAndCredits() {
        String text = """
                EUROPE

                Fishing fleet stays in port as fuel prices soar

                Key points:
                - Diesel costs have tripled since spring
                - Two-thirds of boats did not sail this week
                - Government promises an emergency fund

                Image source, Getty Images
                Image caption, Trawlers moored in the harbour at Dunmere

                Most of the fishing fleet in the northern port of Dunmere
                stayed tied up this week as the price of diesel reached
                a record high, leaving fish markets along the coast
                short of supply.

                "I can't fish at a loss," said skipper Rona Teal, who has
                worked the same waters for 31 years.

                Story continues below advertisement

                The fisheries minister, Aldo Brant, promised on Wednesday
                to set up an emergency fund. He gave no figure.

                "No."

                That was the answer from the coastguard when asked whether
                the harbour would stay open at night.

                (Reporting by Ines Marr; Editing by Paul Ode)

                This article was originally published on The Coastal Review.

                Follow Rona Teal on Twitter @rteal
                """;
        Article a = clean(text);
        assertEquals("Fishing fleet stays in port as fuel prices soar", a.metadata().title());
        assertEquals(List.of("Image source, Getty Images", "Image caption, Trawlers moored in the harbour at Dunmere"),
                a.captions());
        assertEquals(List.of(
                "Key points:",
                "Diesel costs have tripled since spring",
                "Two-thirds of boats did not sail this week",
                "Government promises an emergency fund",
                "Most of the fishing fleet in the northern port of Dunmere stayed tied up this week as the price of diesel "
                        + "reached a record high, leaving fish markets along the coast short of supply.",
                "\"I can't fish at a loss,\" said skipper Rona Teal, who has worked the same waters for 31 years.",
                "The fisheries minister, Aldo Brant, promised on Wednesday to set up an emergency fund. He gave no figure.",
                "\"No.\"",
                "That was the answer from the coastguard when asked whether the harbour would stay open at night."),
                a.paragraphs());
        assertEquals(List.of("EUROPE", "Story continues below advertisement",
                "(Reporting by Ines Marr; Editing by Paul Ode)",
                "This article was originally published on The Coastal Review.",
                "Follow Rona Teal on Twitter @rteal"), a.removed());
    }

    @Test
    void liveHeadlineAndClockStamps() {
        String text = """
                Live: Election night in Corvel

                10:42
                Polls have now closed across the region.

                10:55
                The first result is expected from the Oster district within the hour.

                11:20
                Turnout in Oster was 64 percent, up from 58 percent four years ago.

                Updated 2 hours ago
                """;
        Article a = clean(text);
        assertEquals("Live: Election night in Corvel", a.metadata().title());
        assertEquals(3, a.paragraphs().size());
        assertEquals(List.of("10:42", "10:55", "11:20", "Updated 2 hours ago"), a.removed());
        assertNull(a.metadata().published());
    }

    @Test
    void videoLinksBelowTheHeadlineAreRemoved() {
        Article a = clean("Bridge reopens after repairs\n\nThe Oster bridge reopened to traffic on Friday.\n\n"
                + "Watch: Drone footage of the repaired bridge\n\nRepairs took eight months.\n\nTolls stay unchanged.");
        assertEquals(List.of("Watch: Drone footage of the repaired bridge"), a.removed());
        assertEquals(3, a.paragraphs().size());
    }

    @Test
    void oneLineMenusAboveTheHeadlineAreHeader() {
        String text = """
                News Sport Weather Business Culture Travel

                World | Europe | Asia | Americas

                Storm Idris cuts power to 40,000 homes

                Storm Idris brought down power lines across the north on Sunday night.

                Engineers expect to restore most supplies by Tuesday.

                Schools in three districts will stay closed.
                """;
        Article a = clean(text);
        assertEquals("Storm Idris cuts power to 40,000 homes", a.metadata().title());
        assertEquals(List.of("News Sport Weather Business Culture Travel", "World | Europe | Asia | Americas"), a.removed());
    }

    @Test
    void narrowHardWrapBreakingBeforeANameStaysOneParagraph() {
        String text = "Dam inspection ordered\n\n"
                + "The regional water board ordered an urgent inspection\n"
                + "of the Kessa dam on Monday after the engineer\n"
                + "Aldo Brant reported new seepage below the spillway,\n"
                + "officials said.\n\nThe reservoir is at 92 percent of capacity.\n\nNo evacuation is planned.";
        Article a = clean(text);
        assertEquals("The regional water board ordered an urgent inspection of the Kessa dam on Monday after the engineer "
                + "Aldo Brant reported new seepage below the spillway, officials said.", a.paragraphs().get(0));
    }

    @Test
    void subheadingAfterAPromptIsKept() {
        String text = """
                Region votes to merge two hospitals

                The regional assembly voted on Thursday to merge the hospitals in Ardel and Oster.

                Sign up for our free health newsletter

                Staff concerns

                Nurses' unions said they had not been consulted on the plan.

                The merger is due to take effect in January.
                """;
        Article a = clean(text);
        assertEquals(List.of("Sign up for our free health newsletter"), a.removed());
        assertTrue(a.paragraphs().contains("Staff concerns"));
    }

    @Test
    void numberedSentencesClosingTheArticleAreKept() {
        String text = """
                Union sets out demands before strike vote

                The drivers' union in Kessa published its demands on Monday ahead of a strike ballot.

                Union leaders said the list was final.

                1. Pay must rise in line with inflation.
                2. Night shifts must be limited to four a week.
                3. Depots must have rest rooms by next year.
                """;
        Article a = clean(text);
        assertEquals(5, a.paragraphs().size(), a.removed().toString());
        assertTrue(a.removed().isEmpty());
    }

    @Test
    void captionWithAgencyInstructionsGoesToCaptions() {
        String text = """
                Envoys meet in Valmora

                The envoys shake hands before the talks in Valmora, March 3, 2021. Foreign Ministry/Handout via REUTERS ATTENTION EDITORS - THIS IMAGE WAS SUPPLIED BY A THIRD PARTY. MANDATORY CREDIT.

                Envoys from the two neighbouring states met in Valmora on Wednesday for the first time in a year.

                They agreed to reopen two border crossings.

                A further meeting is planned for the summer.
                """;
        Article a = clean(text);
        assertEquals(1, a.captions().size());
        assertTrue(a.captions().get(0).endsWith("MANDATORY CREDIT."));
        assertEquals(3, a.paragraphs().size());
        assertNull(a.metadata().published());
    }

    @Test
    void agencyConventionsAreRecognised() {
        String text = """
                Grain prices fall after harvest forecast

                The Valley Herald

                KESSA, December 29. /TASS/. Grain prices fell on Tuesday after the farm ministry raised its harvest forecast.

                \u00a9 Sputnik / Ivo Grant

                Wheat futures dropped 3 percent in early trading.

                Traders said the forecast had surprised the market.

                Local reporter Mia Sol contributed to this report.

                ls/rt (AFP, Reuters)

                The views expressed in this article are the author's own.

                Tags: grain, farming, markets
                """;
        Article a = clean(text);
        assertEquals("Grain prices fall after harvest forecast", a.metadata().title());
        assertEquals(List.of(
                "Grain prices fell on Tuesday after the farm ministry raised its harvest forecast.",
                "Wheat futures dropped 3 percent in early trading.",
                "Traders said the forecast had surprised the market."), a.paragraphs());
        assertEquals(List.of("\u00a9 Sputnik / Ivo Grant"), a.captions());
        assertEquals(List.of("The Valley Herald", "KESSA, December 29. /TASS/.",
                "Local reporter Mia Sol contributed to this report.", "ls/rt (AFP, Reuters)",
                "The views expressed in this article are the author's own.", "Tags: grain, farming, markets"), a.removed());
    }

    @Test
    void mixedCasePlaceWithAgencyIsADateline() {
        Article a = clean("Valmora port reopens\n\nValmora (AA) - The port of Valmora reopened on Monday after a week of storms.\n\n"
                + "Ferries resumed their normal timetable.\n\nCargo ships queued outside the harbour.");
        assertEquals("The port of Valmora reopened on Monday after a week of storms.", a.paragraphs().get(0));
        assertEquals(List.of("Valmora (AA) -"), a.removed());
    }

    @Test
    void caseFoldedDatelineWithSpacedAgencyIsADateline() {
        // corpora that lower-case and tokenise their text (as Multi-News does) space out the brackets
        Article a = clean("Brenholt, ga. ( ap ) \u2014 a ferry operator cancelled every crossing on monday after a storm.\n\n"
                + "The ferries will run again on friday.\n\nNorthport ( reuters ) - the port stayed open.");
        assertEquals("a ferry operator cancelled every crossing on monday after a storm.", a.paragraphs().get(0));
        assertEquals("the port stayed open.", a.paragraphs().get(2));
        assertEquals(List.of("Brenholt, ga. ( ap ) \u2014", "Northport ( reuters ) -"), a.removed());
    }

    @Test
    void cnnsDatelineNeedsNoDashAndAnAgencyAloneInBracketsIsADatelineToo() {
        Article a = clean("Brenholt (CNN) The ferry operator cancelled every crossing on Monday after a storm.\n\n"
                + "(AP) \u2014 The ferries will run again on Friday, the operator said.\n\n"
                + "Officials told CNN (CNN) nothing.");
        assertEquals(List.of("The ferry operator cancelled every crossing on Monday after a storm.",
                "The ferries will run again on Friday, the operator said.", "Officials told CNN (CNN) nothing."),
                a.paragraphs());
        assertEquals(List.of("Brenholt (CNN)", "(AP) \u2014"), a.removed());
    }

    @Test
    void anAgencyDatelineInsideAParagraphStartsTheArticleAfterTheCaptionsGluedBeforeIt() {
        Article a = clean("File - in this march 3, 2016 file photo, rescue workers search the rubble of a school in "
                + "brenholt. The school had been... ( associated press ) brenholt ( ap ) \u2014 the school that "
                + "collapsed in last week's storm will be rebuilt by september, the mayor said on monday.\n\n"
                + "Classes will meet in the town hall until then.\n\n"
                + "The weather service said the storm was the worst since 1987 (AP) \u2014 and warned of more.");
        assertEquals("the school that collapsed in last week's storm will be rebuilt by september, the mayor said on "
                + "monday.", a.paragraphs().get(0));
        assertTrue(a.captions().getFirst().startsWith("File - in this march 3, 2016 file photo"), a.captions().toString());
        assertTrue(a.removed().contains("brenholt ( ap ) \u2014"), a.removed().toString());
        assertTrue(a.paragraphs().getLast().endsWith("since 1987 (AP) \u2014 and warned of more."),
                "a bracketed agency after prose with no sentence end before its place is no dateline");
    }

    @Test
    void playerPictureAndSignUpFurnitureGluedIntoProseIsRemovedWhereverItStands() {
        Article a = clean("Media playback is unsupported on your device The ferry from Brenholt to Kessa sank in shallow "
                + "water on Monday, the coastguard said.\n\n"
                + "Image copyright Kessa Coastguard Image caption All 40 passengers were brought ashore by lifeboat "
                + "crews, who searched the bay until dark.\n\n"
                + "enlarge this image toggle caption Ida Lund/Brenholt Times Ida Lund/Brenholt Times The operator "
                + "said the ferry had passed its inspection in May. Advertisement Continue reading the main story "
                + "Repairs will take a month.\n\n"
                + "Get daily updates directly to your inbox + Subscribe Thank you for subscribing! Could not "
                + "subscribe, try again later Invalid Email The harbour will reopen on Friday.\n\n"
                + "Kessa Reprints: This copy is for your personal, non-commercial use only. To order "
                + "presentation-ready copies for distribution to your colleagues, clients or customers, use the Order "
                + "Reprints tool at the bottom of any article or visit www.kessareprints.com the ferry company's "
                + "shares fell 4% in Kessa on Tuesday.");
        assertEquals(List.of("The ferry from Brenholt to Kessa sank in shallow water on Monday, the coastguard said.",
                "All 40 passengers were brought ashore by lifeboat crews, who searched the bay until dark.",
                "The operator said the ferry had passed its inspection in May. Repairs will take a month.",
                "The harbour will reopen on Friday.", "the ferry company's shares fell 4% in Kessa on Tuesday."),
                a.paragraphs());
        assertTrue(a.removed().contains("Image copyright Kessa Coastguard Image caption"), a.removed().toString());
        assertTrue(a.removed().contains("enlarge this image toggle caption Ida Lund/Brenholt Times Ida Lund/Brenholt Times"),
                a.removed().toString());
    }

    @Test
    void textSizeControlsLivePageHeadingsAndAgencyPhotoCreditsGluedIntoProseAreCut() {
        Article a = clean("Text size - + reset The Kessa dam held overnight, the water agency said on Tuesday. "
                + "Play Facebook Twitter Embed Engineers will inspect it on Wednesday.\n\n"
                + "The Latest on the floods in Kessa (all times local): ___ 9:40 a.m. The river fell by 40 centimetres "
                + "overnight.\n\n"
                + "Ida Lund / Getty Images Farmers in the valley lost most of their barley. ( Photo: Jan Berg, "
                + "AFP/Getty Images ) Photo by Kessa Police via Getty Images Two bridges were closed. | Getty "
                + "A school was shut.\n\n"
                + "Ida Lund/AFP/Getty Images Rescuers reached the village at dawn.");
        assertEquals(List.of("The Kessa dam held overnight, the water agency said on Tuesday. Engineers will inspect it "
                + "on Wednesday.", "The river fell by 40 centimetres overnight.",
                "Farmers in the valley lost most of their barley. Two bridges were closed. A school was shut.",
                "Rescuers reached the village at dawn."), a.paragraphs());
    }

    @Test
    void agencyPictureCaptionsWithTheirCreditGluedBetweenSentencesAreCut() {
        Article a = clean("The Kessa dam held overnight, officials said. In this Monday, June 11, 2007 file photo, "
                + "workers stand on the dam wall above the... ( Associated Press ) Engineers will inspect it on "
                + "Wednesday. FILE - In this Sept. 12, 2012 photo, a boat passes the dam. (AP Photo/Ida Lund) "
                + "Farmers lost most of their barley.\n\n"
                + "In this 2019 photo essay, the agency shows how the valley changed since the dam was built.");
        assertEquals(List.of("The Kessa dam held overnight, officials said. Engineers will inspect it on Wednesday. "
                + "Farmers lost most of their barley.",
                "In this 2019 photo essay, the agency shows how the valley changed since the dam was built."),
                a.paragraphs());
    }

    @Test
    void liveRulesButtonsTagsPromosAndPictureCreditsGluedBetweenSentencesAreCut() {
        Article a = clean("The Kessa dam held overnight, officials said. ___ 9: 05 a.m. Engineers will inspect it on "
                + "Wednesday. Subscribe the river fell by 40 centimetres. Related | Farmers lost most of their barley. "
                + "Reuters/Ida Lund/File Photo Two bridges were closed. ( Photo: Jo Kim, AP ) [Watch the video: "
                + "the flood in one minute] ___ Jo Kim contributed to this report.\n\n"
                + "Readers who subscribe to the valley paper were told first. Subscribe to the valley paper, the "
                + "mayor urged them.");
        assertEquals(List.of("The Kessa dam held overnight, officials said. Engineers will inspect it on Wednesday. "
                + "the river fell by 40 centimetres. Farmers lost most of their barley. Two bridges were closed.",
                "Readers who subscribe to the valley paper were told first. Subscribe to the valley paper, the "
                + "mayor urged them."),
                a.paragraphs());
    }

    @Test
    void galleryButtonsAndSignUpBoxTextGluedIntoProseAreCut() {
        Article a = clean("Ida Lund/The Kessa Times buy photo The Kessa dam held overnight, officials said. Photo: Ida "
                + "Lund image 1 of / 12 caption close Engineers will inspect it on Wednesday. We have sent you a "
                + "verification email. Please check your email and click on the link to activate your account. "
                + "Thank you for registering! thank you for registering! Farmers lost most of their barley.\n\n"
                + "Farmers who wanted to buy photo prints of the flood could not.");
        assertEquals(List.of("Ida Lund/The Kessa Times The Kessa dam held overnight, officials said. Photo: Ida Lund "
                + "Engineers will inspect it on Wednesday. Farmers lost most of their barley.",
                "Farmers who wanted to buy photo prints of the flood could not."), a.paragraphs());
    }

    @Test
    void aPicturesHeadlineButtonsAndCreditAndGalleryCountersAreCut() {
        Article a = clean("Kessa ferry operator fined over sinking enlarge this image toggle caption Ida Lund/Brenholt "
                + "Times Ida Lund/Brenholt Times The operator was fined on Monday.\n\n"
                + "Divers reached the wreck. Enlarge this image Per Holm for Kessa Radio Per Holm for Kessa Radio "
                + "They found the hull intact.\n\n"
                + "The divers surfaced at noon. image 1 of / 12 caption close image 1 of 12 Divers on the wreck 1 / 12 "
                + "back to gallery The inquiry will report in May.");
        assertEquals(List.of("The operator was fined on Monday.", "Divers reached the wreck. They found the hull intact.",
                "The divers surfaced at noon. Divers on the wreck The inquiry will report in May."), a.paragraphs());
    }

    @Test
    void aFollowThisTopicBoxGluedIntoProseIsCut() {
        Article a = clean("The Kessa dam held overnight, officials said. Interested in Kessa Floods? Add Kessa Floods as "
                + "an interest to stay up to date on the latest Kessa Floods news, video, and analysis from Kessa "
                + "Radio. Add interest Engineers will inspect it on Wednesday.");
        assertEquals(List.of("The Kessa dam held overnight, officials said. Engineers will inspect it on Wednesday."),
                a.paragraphs());
        Article b = clean("Breaking News Emails Get breaking news alerts and special reports. The news and stories that "
                + "matter, delivered weekday mornings. / Updated The Kessa dam held overnight. Close Skip in Skip x "
                + "embed x share Engineers will inspect it. (Click Prev or Next to continue viewing images.) "
                + "ADVERTISEMENT (Click Prev or Next to continue viewing images.) Farmers lost most of their barley.");
        assertEquals(List.of("The Kessa dam held overnight. Engineers will inspect it. Farmers lost most of their barley."),
                b.paragraphs());
    }

    @Test
    void videoPlayersTrackingScriptsAndNewsletterFormsGluedIntoProseAreCut() {
        Article a = clean("Kessa dam holds after the storm please turn on JavaScript. Media requires JavaScript to play. "
                + "The Kessa dam held overnight.\n\n"
                + "Play Facebook Twitter Google Plus Embed Kessa dam holds after the storm 0: 33 Engineers will inspect "
                + "it on Wednesday. Skip ad ad loading... X embed x share Farmers lost most of their barley.\n\n"
                + "The road reopened. window._taboola = window._taboola || []; _taboola.push({mode:'thumbnails-a', "
                + "container:'taboola-below'}); _taboola.push({flush: true}); Get push notifications with news, "
                + "features and more. The bridge stays shut.\n\n"
                + "Get the latest from Kessa Radio Sign up for our newsletter the mayor thanked the crews. Please verify "
                + "you're not a robot by clicking the box. Invalid email address. Please re-enter. You must select a "
                + "newsletter to subscribe to. Sign up The tide tables are posted at the harbour office. "
                + "Add this tweet to your website by copying the code below. The harbour reopens on Friday.");
        assertEquals(List.of("The Kessa dam held overnight.",
                "Engineers will inspect it on Wednesday. Farmers lost most of their barley.",
                "The road reopened. The bridge stays shut.",
                "the mayor thanked the crews. The tide tables are posted at the harbour office. The harbour reopens "
                        + "on Friday."), a.paragraphs());
        Article b = clean("The crews worked through the night. Article continued below \"It held,\" the engineer said. "
                + "Story continues below advertisement The story continues below the waterline, divers said.");
        assertEquals(List.of("The crews worked through the night. \"It held,\" the engineer said. The story continues "
                + "below the waterline, divers said."), b.paragraphs());
    }

    @Test
    void videoBoxesGalleryControlsAndSignUpPitchesGluedIntoProseAreCut() {
        Article a = clean("The dam held overnight. Just watched Is the Kessa dam safe? Replay More Videos... Must watch "
                + "Is the Kessa dam safe? 03:50 Engineers will inspect it on Wednesday. 1 of 37 Full Screen Autoplay "
                + "Close Skip Ad \u00d7 Farmers lost most of their barley. Email Sign Up By signing up you agree to "
                + "receive email newsletters or alerts from Kessa Radio. You can unsubscribe at any time. The road "
                + "reopened. Sign up Thank you for signing up! Sign up for more newsletters here The bridge stays "
                + "shut. And with a digital subscription, you'll never miss a local story. Sign me up! The ferry runs "
                + "again.");
        assertEquals(List.of("The dam held overnight. Engineers will inspect it on Wednesday. Farmers lost most of their "
                + "barley. The road reopened. The bridge stays shut. The ferry runs again."), a.paragraphs());
    }

    @Test
    void aLoginWidgetIsNoArticle() {
        Article a = clean("Sign in using your account with: { * loginwidget * } sign in using your Kessa Radio profile "
                + "welcome back. Please sign in why are we asking this? By submitting your registration information, "
                + "you agree to our terms of service and privacy policy. Already have an account?\n\n"
                + "The Kessa dam held overnight, the water agency said on Tuesday.");
        assertEquals(List.of("The Kessa dam held overnight, the water agency said on Tuesday."), a.paragraphs());
        Article archive = clean("Web wide crawl with initial seedlist and crawler configuration from March 2011. "
                + "This uses new software for distributed crawling.\n\nHelp users get where they were going. Archive-It "
                + "enables you to capture, manage and search collections of digital content.");
        assertTrue(archive.paragraphs().isEmpty(), archive.paragraphs().toString());
    }

    @Test
    void aReadMoreLinkBetweenSentencesIsCutButReadMoreInProseStays() {
        Article a = clean("The dam held overnight. Kessa floods \u2013 in pictures Read more Engineers will inspect it "
                + "on Wednesday. Readers can read more about the dam online. Read more\n\n"
                + "The ferry sank in May. Read more about the inquiry on the council's site.");
        assertEquals(List.of("The dam held overnight. Engineers will inspect it on Wednesday. Readers can read more about "
                + "the dam online.", "The ferry sank in May. Read more about the inquiry on the council's site."),
                a.paragraphs());
    }

    @Test
    void aVideoPagesStampGluedToItsDescriptionIsCutButAPublishedDateInProseStays() {
        Article a = clean("Published on Jan 8, 2018 Teacher Mara Olsen asked the board why it voted itself a raise. "
                + "She was led out of the room. Uploaded on March 3, 2019 The board met again.\n\n"
                + "The report, first published on Jan 8, 2018 by the council, was withdrawn.");
        assertEquals(List.of("Teacher Mara Olsen asked the board why it voted itself a raise. She was led out of the "
                + "room. The board met again.",
                "The report, first published on Jan 8, 2018 by the council, was withdrawn."), a.paragraphs());
    }

    @Test
    void relatedLinkLabelsGluedBetweenSentencesAreCutButRelatedInProseStays() {
        Article a = clean("The Kessa dam held overnight, the water agency said. Related coverage: Engineers will "
                + "inspect it on Wednesday. Related Videos Farmers lost most of their barley.\n\n"
                + "Related stories about the flood were shared widely, and officials related their account to "
                + "reporters. Related news outlets in the region repeated it.");
        assertEquals(List.of("The Kessa dam held overnight, the water agency said. Engineers will inspect it on "
                + "Wednesday. Farmers lost most of their barley.",
                "Related stories about the flood were shared widely, and officials related their account to "
                + "reporters. Related news outlets in the region repeated it."), a.paragraphs());
    }

    @Test
    void htmlCharacterReferencesLeftInScrapedTextAreDecoded() {
        Article a = clean("Kessa Tel &amp; Data raised prices by 4&#37; on Monday &#x2014; its first rise since 2019.\n\n"
                + "Its R&D budget &amp unknown words like &notanentity; stay as written.");
        assertEquals(List.of("Kessa Tel & Data raised prices by 4% on Monday \u2014 its first rise since 2019.",
                "Its R&D budget &amp unknown words like &notanentity; stay as written."), a.paragraphs());
    }

    @Test
    void todaysDateWidgetIsNotTheHeadline() {
        String text = """
                Today is Tuesday, 19 March 2024

                Lake Orrin water level hits record low

                The level of Lake Orrin fell to its lowest point since records began, the water agency said on Monday.

                Boat owners have been told to move their craft to deeper moorings.

                Rain is not expected before April.
                """;
        Article a = clean(text);
        assertEquals("Lake Orrin water level hits record low", a.metadata().title());
        assertNull(a.metadata().published());
        assertEquals(List.of("Today is Tuesday, 19 March 2024"), a.removed());
    }

    @Test
    void advertisementGluedBetweenSentencesIsCutOut() {
        Article a = clean("Tunnel works delayed again\n\nThe tunnel under the Serra hills will open a year late. Advertisement "
                + "The contractor blamed flooding in the eastern shaft.\n\nCosts have risen by a fifth.\n\nThe council will review the contract.");
        assertEquals("The tunnel under the Serra hills will open a year late. The contractor blamed flooding in the eastern shaft.",
                a.paragraphs().get(0));
        assertEquals(List.of("Advertisement"), a.removed());
    }

    @Test
    void proseWithAPhotoWordInTheMiddleIsNotACaption() {
        String text = """
                Mayor defends festival spending

                The mayor of Corvel, who announced the figures via Twitter on Sunday, said the Image: Corvel campaign had paid for itself twice over and would be repeated next summer with a larger budget.

                Opposition councillors asked for an audit.

                The festival drew 80,000 visitors.
                """;
        Article a = clean(text);
        assertTrue(a.captions().isEmpty(), a.captions().toString());
        assertEquals(3, a.paragraphs().size());
    }

    @Test
    void bylineWithPlaceGivesTheAuthor() {
        Article a = clean("Border crossing reopens\n\nBy Lotte Varga in Kessa\n\nThe northern border crossing reopened on Monday."
                + "\n\nQueues formed within an hour.\n\nCustoms staff were doubled.");
        assertEquals(List.of("Lotte Varga"), a.metadata().authors());
        assertEquals(List.of("By Lotte Varga in Kessa"), a.removed());
    }

    @Test
    void onePargraphPerLinePageWithoutBlankLines() {
        String text = """
                Russia
                This article is more than 3 years old
                Kremlin says talks with neighbours were 'constructive'
                Foreign ministers meet in the resort city as sanctions bite
                Jane Doe in Moscow
                Tue 29 Dec 2020 14.05 GMT
                Last modified on Tue 29 Dec 2020 18.20 GMT
                The two ministers shake hands before their meeting. Photograph: Ivo Grant/Reuters
                The Kremlin described talks between the two foreign ministers on Tuesday as constructive, despite sanctions imposed on one of them earlier this month by a third country.
                The meeting in the resort city lasted more than three hours, officials said, and covered trade, energy and a planned vaccine plant.
                "We have confirmed our intentions," one minister told reporters afterwards, without giving details of what had been agreed.
                Analysts said the meeting was meant to show that the sanctions had not damaged relations between the two governments.
                Topics
                Russia
                Europe
                news
                Reuse this content
                """;
        Article a = clean(text);
        assertEquals("Kremlin says talks with neighbours were 'constructive'", a.metadata().title());
        assertEquals("Foreign ministers meet in the resort city as sanctions bite", a.metadata().description());
        assertNull(a.metadata().published());
        assertEquals(List.of("The two ministers shake hands before their meeting. Photograph: Ivo Grant/Reuters"), a.captions());
        assertEquals(5, a.paragraphs().size(), a.paragraphs().toString());
        assertTrue(a.paragraphs().get(4).startsWith("Analysts said"));
        assertEquals(List.of("Russia", "This article is more than 3 years old", "Jane Doe in Moscow",
                "Tue 29 Dec 2020 14.05 GMT", "Last modified on Tue 29 Dec 2020 18.20 GMT", "Topics", "Russia",
                "Europe news", "Reuse this content"), a.removed());
    }

    @Test
    void cleansASourceWithItsMetadataAsHints() {
        dev.chorus.model.Source src = new dev.chorus.model.Source("h1", "seeds/h1.txt", dev.chorus.model.Source.Kind.TEXT,
                HARBOUR, Metadata.EMPTY.withPublished(LocalDate.of(2022, 6, 1)));
        Article a = cleaner.clean(src);
        assertEquals("h1", a.id());
        assertEquals(LocalDate.of(2022, 6, 1), a.metadata().published());
        assertEquals("Valmora port strike ends after nine-day standoff", a.metadata().title());
        assertEquals(clean(HARBOUR).paragraphs(), a.paragraphs());
    }

    @Test
    void highlightsBoxAboveTheLeadIsKeptAndTeasersBelowAreRemoved() {
        String text = """
                India News

                Monsoon rains flood low-lying districts of Orrin city

                Highlights
                Over 20,000 people moved to relief camps
                Schools shut for two days
                Army called in to help

                Edited By: Ravi Menon | Updated: July 12, 2023, 08:15 IST

                Orrin: Heavy monsoon rain flooded several low-lying districts of Orrin city on Tuesday, forcing more than 20,000 people into relief camps.

                Image: Rescue workers ferry residents across a flooded street. (Photo: Orrin Times)

                The city recorded 210 mm of rain in 24 hours, the weather office said.

                ALSO READ | Orrin river crosses danger mark for the first time in a decade

                "We have never seen water rise this fast," said shopkeeper Meena Das.

                Schools and colleges will remain shut on Wednesday and Thursday.

                Advertisement

                The state government has asked the army to help with evacuations.

                You May Also Like

                Heavy rain alert for coastal districts
                2 hours ago
                Orrin metro services suspended
                5 hours ago
                """;
        Article a = clean(text);
        assertEquals("Monsoon rains flood low-lying districts of Orrin city", a.metadata().title());
        assertNull(a.metadata().description());
        assertNull(a.metadata().published());
        assertEquals(List.of(
                "Over 20,000 people moved to relief camps",
                "Schools shut for two days",
                "Army called in to help"), a.paragraphs().subList(0, 3));
        assertEquals(8, a.paragraphs().size(), a.paragraphs().toString());
        assertEquals(List.of("Image: Rescue workers ferry residents across a flooded street. (Photo: Orrin Times)"), a.captions());
        assertEquals(List.of("India News", "Highlights", "Edited By: Ravi Menon | Updated: July 12, 2023, 08:15 IST",
                "ALSO READ | Orrin river crosses danger mark for the first time in a decade", "Advertisement",
                "You May Also Like", "Heavy rain alert for coastal districts", "2 hours ago",
                "Orrin metro services suspended", "5 hours ago"), a.removed());
    }

    @Test
    void pressReleaseEndsAtItsEndMarker() {
        String text = """
                Harbourside Energy opens tidal plant in Kessa bay

                KESSA, 4 April 2024 -- Harbourside Energy today opened the first tidal power plant in Kessa bay, able to supply 30,000 homes.

                "This is a milestone for the region," said chief executive Ola Brandt.

                The plant uses twelve turbines anchored to the sea bed.

                ###

                About Harbourside Energy
                Harbourside Energy is a renewable power company based in Kessa. For more information, visit www.harbourside.example.

                Media contact:
                Pia Lorne
                press@harbourside.example
                +00 123 456 789
                """;
        Article a = clean(text);
        assertEquals(3, a.paragraphs().size(), a.paragraphs().toString());
        assertTrue(a.paragraphs().get(0).startsWith("Harbourside Energy today opened"));
        assertEquals("KESSA, 4 April 2024 --", a.removed().get(0));
        assertEquals("###", a.removed().get(1));
        assertNull(a.metadata().published(), "an unlabelled dateline date is not a publication date");
    }

    @Test
    void questionAndAnswerLinesStayAndReaderCommentsGo() {
        String text = """
                Ten questions for the new harbour master

                Piet Osk took charge of Valmora port last month. We asked him about his plans.

                What is your first priority?

                Safety. We had two accidents last year and that cannot happen again.

                Will the port expand?

                Not this decade. We need to use the space we have better.

                Why now?

                Because the shipping lines are asking for it.

                Comments (3)

                Harbour fan
                3 days ago
                Great interview, long overdue.

                Reply

                Dock worker
                2 days ago
                He should talk to the crane drivers first.
                """;
        Article a = clean(text);
        assertEquals(List.of(
                "Piet Osk took charge of Valmora port last month. We asked him about his plans.",
                "What is your first priority?",
                "Safety. We had two accidents last year and that cannot happen again.",
                "Will the port expand?",
                "Not this decade. We need to use the space we have better.",
                "Why now?",
                "Because the shipping lines are asking for it."), a.paragraphs());
        assertEquals("Comments (3)", a.removed().get(0));
        assertEquals("He should talk to the crane drivers first.", a.removed().get(a.removed().size() - 1));
    }

    @Test
    void isLinearOnLargeInput() {
        StringBuilder b = new StringBuilder("A very long report\n\n");
        for (int i = 0; i < 20_000; i++) {
            b.append("Paragraph number ").append(i).append(" says something plain about the weather today.\n\n");
            if (i % 50 == 0) {
                b.append("Share this article\n\n");
            }
        }
        b.append("(".repeat(5000)).append("[".repeat(5000)).append(" via ".repeat(2000));
        long t0 = System.nanoTime();
        Article a = clean(b.toString());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms < 10_000, "took " + ms + " ms (quadratic behaviour would take minutes)");
        assertTrue(a.paragraphs().size() >= 20_000);
    }

    @Test
    void adversarialShapesStayFast() {
        // one huge hard-wrapped block, and alternating labels and single sentences without prose runs
        StringBuilder wrapped = new StringBuilder("Long wrapped report\n\n");
        for (int i = 0; i < 20_000; i++) {
            wrapped.append("and the committee went on to discuss item ").append(i).append(" at some length\n");
        }
        StringBuilder alternating = new StringBuilder("Alternating page\n\nA first sentence of the body is here.\n\n"
                + "A second sentence of the body is here.\n\n");
        for (int i = 0; i < 10_000; i++) {
            alternating.append("Opinion\n\nA sentence that stands alone number ").append(i).append(".\n\n");
        }
        for (String text : List.of(wrapped.toString(), alternating.toString())) {
            long t0 = System.nanoTime();
            Article a = clean(text);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(ms < 10_000, "took " + ms + " ms (quadratic behaviour would take minutes)");
            assertFalse(a.paragraphs().isEmpty());
        }
    }

    @Test
    void isThreadSafe() throws Exception {
        Article expected = clean(HARBOUR);
        List<Thread> threads = new java.util.ArrayList<>();
        java.util.concurrent.atomic.AtomicInteger bad = new java.util.concurrent.atomic.AtomicInteger();
        for (int t = 0; t < 4; t++) {
            Thread th = new Thread(() -> {
                for (int i = 0; i < 200; i++) {
                    if (!clean(HARBOUR).equals(expected)) {
                        bad.incrementAndGet();
                    }
                }
            });
            threads.add(th);
            th.start();
        }
        for (Thread th : threads) {
            th.join();
        }
        assertEquals(0, bad.get());
        assertIterableEquals(expected.paragraphs(), clean(HARBOUR).paragraphs());
    }
}
