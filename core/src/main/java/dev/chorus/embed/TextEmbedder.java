package dev.chorus.embed;

import java.util.List;

/**
 * Turns texts into dense vectors whose cosine says how close their meanings are. Behind an interface so the
 * model can be swapped (a multilingual one, a larger one) without touching the stages that compare vectors.
 *
 * <p>Implementations are thread-safe and run in process, with no network at run time.
 */
public interface TextEmbedder extends AutoCloseable {

    /** A short name of the model and its settings, for reports. */
    String name();

    /** Length of every vector {@link #embed(List)} returns. */
    int dimensions();

    /**
     * One vector per text, in the same order, each of unit length (L2), so that the dot product of two is
     * their cosine. A blank text has no meaning to embed and gets the zero vector (cosine 0 with anything).
     */
    float[][] embed(List<String> texts);

    /** The vector of one text; prefer {@link #embed(List)} for many, which batches them. */
    default float[] embed(String text) {
        return embed(List.of(text))[0];
    }

    /**
     * Whether the model was trained on text in {@code language} (ISO 639-1), so that its vectors mean
     * something there; an unknown language (null) counts as covered. Callers leave texts in other languages
     * unembedded rather than trust vectors a model cannot read.
     */
    default boolean covers(String language) {
        return true;
    }

    /** Releases the model's native resources; the embedder cannot be used afterwards. */
    @Override
    void close();

    /** The dot product of two vectors of the same length: their cosine when both have unit length. */
    static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
