package dev.chorus.pipeline;

import dev.chorus.compare.ClaimGrid;
import dev.chorus.model.Story;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StoryBuilderTest {

    private static final ClaimGrid.Contradictions VENUE = ClaimGrid.Contradictions.of(List.of(new Story.Conflict(
            "where the ministers held talks", List.of(
            new Story.Variant("Geneva", List.of("wire", "daily")),
            new Story.Variant("Vienna", List.of("weekly"))))));

    @Test
    void aSummarySentenceDoesNotCiteAnArticleThatContradictsIt() {
        Story.SummarySentence sentence = new Story.SummarySentence(
                "The ministers held talks in Geneva on Tuesday, the ministry said.", List.of("wire", "daily", "weekly"));
        assertEquals(List.of("wire", "daily"), StoryBuilder.citedTrue(List.of(sentence), VENUE).getFirst().articles());
    }

    @Test
    void sentencesTakingNoSideKeepTheirCitations() {
        Story.SummarySentence other = new Story.SummarySentence(
                "Both sides agreed to meet again next month.", List.of("wire", "weekly"));
        assertEquals(List.of(other), StoryBuilder.citedTrue(List.of(other), VENUE));
        // only contradicting articles to cite: the sentence keeps them rather than citing nothing
        Story.SummarySentence lone = new Story.SummarySentence(
                "The ministers held talks in Geneva, the ministry said.", List.of("weekly"));
        assertEquals(List.of("weekly"), StoryBuilder.citedTrue(List.of(lone), VENUE).getFirst().articles());
    }
}
