package dev.chorus.embed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An embedder that answers from vectors it was given or has computed, by text, and asks its model only for the
 * others. Ingest gives it the stored vectors of the stories it reloads when a run resumes (re-embedding those was
 * most of a resumed run's start on a large store), and reads back the vectors of new articles to store them.
 * The caller {@link #clear clears} it after each batch; it holds only what one batch needs.
 */
public final class EmbeddingMemo implements TextEmbedder {

    private final TextEmbedder model;
    private final Map<String, float[]> known = new ConcurrentHashMap<>();

    /** @param model computes what is not known; not closed by this memo */
    public EmbeddingMemo(TextEmbedder model) {
        this.model = model;
    }

    /** Answers {@code text} with {@code vector} (of unit length, as the model gives) instead of asking the model. */
    public void remember(String text, float[] vector) {
        if (vector.length != model.dimensions()) {
            throw new IllegalArgumentException("a vector of " + vector.length + " dimensions for a model of "
                    + model.dimensions());
        }
        known.put(text, vector);
    }

    /** The vector of {@code text} given or computed since the last {@link #clear}, or null. */
    public float[] recall(String text) {
        return known.get(text);
    }

    /** Forgets every vector. */
    public void clear() {
        known.clear();
    }

    @Override
    public String name() {
        return model.name();
    }

    @Override
    public int dimensions() {
        return model.dimensions();
    }

    @Override
    public boolean covers(String language) {
        return model.covers(language);
    }

    @Override
    public float[][] embed(List<String> texts) {
        float[][] out = new float[texts.size()][];
        List<String> missing = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            out[i] = known.get(texts.get(i));
            if (out[i] == null) {
                missing.add(texts.get(i));
                at.add(i);
            }
        }
        if (!missing.isEmpty()) {
            float[][] computed = model.embed(missing);
            for (int k = 0; k < computed.length; k++) {
                out[at.get(k)] = computed[k];
                known.put(missing.get(k), computed[k]);
            }
        }
        return out;
    }

    /** Closes nothing: the model belongs to the caller. */
    @Override
    public void close() {
    }
}
