package dev.chorus.app.render;

import dev.chorus.compare.ClaimGrid;
import dev.chorus.model.Article;
import dev.chorus.model.Digest;
import dev.chorus.model.Metadata;
import dev.chorus.model.Story;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DigestRenderersTest {

    private static Article article(String id, String outlet) {
        Metadata m = new Metadata("Ferry talks", List.of(), LocalDate.of(2021, 3, 16), outlet, "en", null, null, null);
        return new Article(id, m, List.of("Body of " + id + "."), List.of(), List.of());
    }

    /** Three outlets; b puts the talks in Visby where a and c say Brask; a quote with markup in it. */
    private static Digest digest() {
        List<Article> articles = List.of(article("a", "Harbour Post"), article("b", "Coast Wire"),
                article("c", null));
        Story story = new Story("s1", "Ferry talks end", LocalDate.of(2021, 3, 16), articles,
                List.of(new Story.SummarySentence("Lind and Berg ended the ferry talks in Brask.", List.of("a", "c"))),
                List.of(new Story.Claim("c1", "Lind and Berg ended the ferry talks in Brask on Tuesday.", List.of("a", "c"),
                        false),
                        new Story.Claim("c2", "Fares will rise by 4% in May.", List.of("b"), true),
                        new Story.Claim("c3", "The ferry company is based in Brask.", List.of("a", "b"), false),
                        new Story.Claim("c4", "In May, the rail talks ended in Visby.", List.of("a"), true)),
                List.of(new Story.Quote("Ana Lind", "Fares <script>alert(1)</script> stay \"low\"", List.of("a", "b")),
                        new Story.Quote("Ana Lind", "We talked all night", List.of("c")),
                        new Story.Quote(null, "brothers and sisters of the coast", List.of("b"))),
                List.of(),
                List.of(new Story.Conflict("where Lind and Berg ended the ferry talks", List.of(
                        new Story.Variant("Brask", List.of("a", "c")), new Story.Variant("Visby", List.of("b"))))),
                List.of());
        return new Digest(List.of(story), List.of());
    }

    @Test
    void gridMarksReportsContradictionsAndSilence() {
        List<ClaimGrid.Row> rows = ClaimGrid.rows(digest().stories().get(0));
        assertEquals(List.of(ClaimGrid.Mark.REPORTS, ClaimGrid.Mark.CONTRADICTS, ClaimGrid.Mark.REPORTS),
                rows.get(0).marks());
        assertEquals(List.of(ClaimGrid.Mark.REPORTS, ClaimGrid.Mark.REPORTS, ClaimGrid.Mark.SILENT),
                rows.get(1).marks(), "Brask named in a claim about something else: no side taken on the venue");
        assertEquals(List.of(ClaimGrid.Mark.SILENT, ClaimGrid.Mark.REPORTS, ClaimGrid.Mark.SILENT),
                rows.get(2).marks());
        assertEquals(List.of(ClaimGrid.Mark.REPORTS, ClaimGrid.Mark.SILENT, ClaimGrid.Mark.SILENT),
                rows.get(3).marks(), "other talks, without the conflict's people: no side taken");
    }

    @Test
    void textShowsTheGridConflictOutletsAndQuotesBySpeaker() throws IOException {
        StringWriter out = new StringWriter();
        new TextRenderer().render(digest(), out);
        String text = out.toString();
        assertTrue(text.contains("  ●  ✗  ●  Lind and Berg ended the ferry talks in Brask on Tuesday."), text);
        assertTrue(text.contains("\"Visby\" [2] (Coast Wire)"), text);
        assertTrue(text.contains("\"Brask\" [1,3] (Harbour Post)"), text);
        int speaker = text.indexOf("  Ana Lind\n");
        assertTrue(speaker > 0 && text.indexOf("We talked all night") > speaker
                && text.indexOf("(unattributed)") > text.indexOf("We talked all night"), text);
        assertTrue(text.contains("  1  1  0  claims reported by this source only"), text);
    }

    @Test
    void htmlEscapesArticleTextAndMarksContradictions() throws IOException {
        StringWriter out = new StringWriter();
        new HtmlRenderer().render(digest(), out);
        String html = out.toString();
        assertFalse(html.contains("<script>"), "article text is escaped");
        assertTrue(html.contains("Fares &lt;script&gt;alert(1)&lt;/script&gt; stay &quot;low&quot;"));
        assertTrue(html.contains("<td class=\"mark contra\" title=\"contradicts\">✗</td>"));
        assertTrue(html.contains("(Coast Wire)"));
        assertEquals(1, html.split("<div class=\"who\">Ana Lind</div>", -1).length - 1, "one heading per speaker");
    }

    @Test
    void aClaimGivingOneWordingOfAQuoteIsContradictedByTheOther() {
        List<Article> articles = List.of(article("a", null), article("b", null));
        Story story = new Story("s2", "Fishing deal", null, articles, List.of(),
                List.of(new Story.Claim("c1", "Haugen said the island would keep the deal \"despite continuing "
                        + "pressure from Brussels and its allies\".", List.of("a"), true)),
                List.of(), List.of(),
                List.of(new Story.Conflict("how Lars Haugen’s words are reported: “despite continuing pressure …”",
                        List.of(new Story.Variant("despite continuing pressure from Brussels and its allies",
                                        List.of("a")),
                                new Story.Variant("despite continuing pressure on Brussels and its allies.",
                                        List.of("b"))))),
                List.of());
        assertEquals(List.of(ClaimGrid.Mark.REPORTS, ClaimGrid.Mark.CONTRADICTS), ClaimGrid.rows(story).get(0).marks());
    }
}
