package dev.chorus.compare;

import dev.chorus.model.AnalysedArticle;
import dev.chorus.model.Story;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuantityTest {

    private static List<Story.Conflict> conflicts(List<AnalysedArticle> articles) {
        return new ConflictFinder().find(articles, new ClaimAligner().groups(articles),
                new EntityExtractor().extract(articles));
    }

    @Test
    void oneValueHowEverItIsWritten() {
        Set<String> money = ClaimAligner.figures("Vessa Rail signed a $2.5bn contract.");
        assertEquals(money, ClaimAligner.figures("Vessa Rail signed a $2.5 billion contract."));
        assertEquals(money, ClaimAligner.figures("Vessa Rail signed a contract worth 2.5 billion dollars."));
        assertNotEquals(money, ClaimAligner.figures("Vessa Rail signed a €2.5bn contract."));
        assertEquals(ClaimAligner.figures("Twelve miners were trapped."), ClaimAligner.figures("12 miners were trapped."));
        assertEquals(ClaimAligner.figures("Turnout fell 15 per cent."), ClaimAligner.figures("Turnout fell 15%."));
        assertEquals(ClaimAligner.figures("The queue was 10 km long."),
                ClaimAligner.figures("The queue was 10 kilometres long."));
        assertEquals(Set.of("measure:mile:6.0"), ClaimAligner.figures("The queue was 6 miles long."));
        assertTrue(ClaimAligner.figures("The two countries agreed.").isEmpty(), "small counts in words are no figure");
    }

    @Test
    void measuresConflictOnValueWithinOneUnitOnly() {
        AnalysedArticle a = Fixtures.article("a",
                "The lava flow from Mount Orra stretched 12 km down the eastern valley by Friday evening.");
        AnalysedArticle b = Fixtures.article("b",
                "The lava flow from Mount Orra stretched 15 kilometres down the eastern valley by Friday evening.");
        AnalysedArticle c = Fixtures.article("c",
                "The lava flow from Mount Orra stretched 7.5 miles down the eastern valley by Friday evening.");
        List<Story.Conflict> found = conflicts(List.of(a, b, c));
        assertEquals(1, found.size(), found.toString());
        List<String> values = found.get(0).variants().stream().map(Story.Variant::value).toList();
        assertEquals(List.of("12 km", "15 kilometres"), values);
        assertTrue(conflicts(List.of(a, Fixtures.article("d",
                "The lava flow from Mount Orra stretched 12 kilometres down the eastern valley by Friday evening.")))
                .isEmpty());
    }
}
