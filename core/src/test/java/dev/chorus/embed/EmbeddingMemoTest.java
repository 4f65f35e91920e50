package dev.chorus.embed;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EmbeddingMemoTest {

    /** Vectors (length of the text, 1), counting what it was asked. */
    static final class Model implements TextEmbedder {
        final List<String> asked = new ArrayList<>();

        @Override
        public String name() {
            return "length";
        }

        @Override
        public int dimensions() {
            return 2;
        }

        @Override
        public float[][] embed(List<String> texts) {
            asked.addAll(texts);
            return texts.stream().map(t -> new float[]{t.length(), 1}).toArray(float[][]::new);
        }

        @Override
        public void close() {
        }
    }

    @Test
    void asksTheModelOnlyForTextsItDoesNotKnowAndKeepsTheirOrder() {
        Model model = new Model();
        EmbeddingMemo memo = new EmbeddingMemo(model);
        memo.remember("known", new float[]{0.6f, 0.8f});
        float[][] vectors = memo.embed(List.of("a river", "known", "a dam"));
        assertEquals(List.of("a river", "a dam"), model.asked);
        assertArrayEquals(new float[]{7, 1}, vectors[0]);
        assertArrayEquals(new float[]{0.6f, 0.8f}, vectors[1]);
        assertArrayEquals(new float[]{5, 1}, vectors[2]);

        assertArrayEquals(new float[]{7, 1}, memo.recall("a river"), "computed vectors can be read back");
        memo.embed(List.of("a river"));
        assertEquals(2, model.asked.size(), "nor twice for the same text");
        memo.clear();
        assertNull(memo.recall("a river"));
    }

    @Test
    void refusesAVectorOfAnotherLength() {
        EmbeddingMemo memo = new EmbeddingMemo(new Model());
        assertThrows(IllegalArgumentException.class, () -> memo.remember("text", new float[3]));
    }
}
