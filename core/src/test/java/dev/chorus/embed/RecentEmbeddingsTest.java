package dev.chorus.embed;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class RecentEmbeddingsTest {

    /** A model that gives each text its length as a vector and records what it was asked. */
    private static final class CountingModel implements TextEmbedder {
        final List<String> asked = new ArrayList<>();

        @Override
        public String name() {
            return "counting";
        }

        @Override
        public int dimensions() {
            return 1;
        }

        @Override
        public float[][] embed(List<String> texts) {
            asked.addAll(texts);
            return texts.stream().map(t -> new float[]{t.length()}).toArray(float[][]::new);
        }

        @Override
        public void close() {
        }
    }

    @Test
    void asksTheModelOnlyForTextsNotRemembered() {
        CountingModel model = new CountingModel();
        RecentEmbeddings memo = new RecentEmbeddings(model, 10);
        memo.embed(List.of("The dam was opened.", "Villages were warned."));
        float[][] again = memo.embed(List.of("Villages were warned.", "A court will rule in May."));
        assertEquals(List.of("The dam was opened.", "Villages were warned.", "A court will rule in May."), model.asked);
        assertArrayEquals(new float[]{21}, again[0]);
        assertArrayEquals(new float[]{25}, again[1]);
    }

    @Test
    void forgetsTheLeastRecentlyUsedBeyondItsBound() {
        CountingModel model = new CountingModel();
        RecentEmbeddings memo = new RecentEmbeddings(model, 2);
        memo.embed(List.of("one text", "two texts"));
        memo.embed(List.of("one text")); // used again: "two texts" is now the eldest
        memo.embed(List.of("three texts"));
        assertEquals(2, memo.size());
        model.asked.clear();
        memo.embed(List.of("one text", "two texts"));
        assertEquals(List.of("two texts"), model.asked);
    }
}
