package dev.chorus.cluster;

import dev.chorus.model.AnalysedArticle;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static dev.chorus.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Seeding a streaming clusterer with stories decided earlier, as a resumed ingest does. */
class StreamingStoryClustererSeedTest {

    private static final AnalysedArticle DAM_1 = DamAndChess.DAM_1;
    private static final AnalysedArticle DAM_2 = DamAndChess.DAM_2;
    private static final AnalysedArticle CHESS = DamAndChess.CHESS;

    @Test
    void seededStoriesKeepTheirMembershipAndCanBeJoined() {
        StreamingStoryClusterer stream = new StreamingStoryClusterer();
        // membership is forced: the chess report stays with the dam report it was stored with
        int[] numbers = stream.seed(List.of(List.of(DAM_1, CHESS), List.of(DAM_2)));
        assertArrayEquals(new int[] {0, 1}, numbers);
        assertTrue(stream.isOpen(0) && stream.isOpen(1));
        assertArrayEquals(new int[] {0, 1}, stream.stories().get(0));
        assertArrayEquals(new int[] {2}, stream.stories().get(1));

        AnalysedArticle dam3 = article("dam-3", "Kessel dam spillway stays open as Weir valley waits", "2024-05-03",
                "The spillway of the Kessel dam stayed open on Friday and the reservoir level fell slightly after the heavy rain eased.",
                "Villages in the Weir valley kept livestock on higher ground.");
        int joined = stream.add(dam3);
        assertTrue(joined == 0 || joined == 1, "joined a seeded dam story, not a new one: " + joined);
        assertEquals(2, stream.storyCount());
    }

    @Test
    void seededStoriesCloseLikeOthers() {
        StreamingStoryClusterer stream = new StreamingStoryClusterer();
        stream.seed(List.of(List.of(DAM_1, DAM_2)));
        AnalysedArticle muchLater = article("chess-later", "Chess title defended", "2024-06-20",
                CHESS.article().paragraphs().toArray(String[]::new));
        stream.add(muchLater);
        assertFalse(stream.isOpen(0), "three quiet days closed the seeded story");
        assertEquals(List.of(2), Arrays.stream(stream.stories().get(1)).boxed().toList());
    }
}
