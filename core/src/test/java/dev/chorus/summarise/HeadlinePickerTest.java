package dev.chorus.summarise;

import dev.chorus.model.Story;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.chorus.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HeadlinePickerTest {

    @Test
    void picksTheTitleThatCoversTheStory() {
        var a = article("a", "Storm cuts power to 40,000 homes in Brask", null,
                "A storm cut power to 40,000 homes across Brask overnight, the grid operator said.");
        var b = article("b", "You won't believe what the wind did to this garden shed", null,
                "The storm that cut power to thousands of homes in Brask also blew a garden shed onto a roof.");
        var summary = List.of(new Story.SummarySentence("A storm cut power to 40,000 homes across Brask.", List.of("a", "b")));
        assertEquals("Storm cuts power to 40,000 homes in Brask", new HeadlinePicker().pick(List.of(a, b), summary));
    }

    @Test
    void withoutTitlesUsesTheFirstSummarySentenceShortened() {
        var a = article("a", null, null, "x");
        var summary = List.of(new Story.SummarySentence(
                "The parliament of the island republic voted on Tuesday to lower the voting age to sixteen for all local and national elections.",
                List.of("a")));
        String headline = new HeadlinePicker().pick(List.of(a), summary);
        assertTrue(headline.startsWith("The parliament of the island republic voted"));
        assertTrue(headline.endsWith("…") && headline.split(" ").length == 16, headline);
    }
}
