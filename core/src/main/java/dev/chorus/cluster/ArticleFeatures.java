package dev.chorus.cluster;

import dev.chorus.embed.TextEmbedder;
import dev.chorus.fingerprint.TermVector;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link StorySimilarity} compares: the evidence that an article, or a whole story, reports one event.
 * A story's features are the {@link #merge merged} features of its articles, so that an article is compared
 * with a story by the same function as with another article.
 *
 * <p>Vectors are kept as sums, not means: the sum of unit vectors points where the mean points, its cosine
 * with anything is the mean's, and two sums merge exactly. {@link StorySimilarity} normalises when it
 * compares.
 *
 * @param terms     TF-IDF term vector (an article's is unit length; a story's is the sum of its articles')
 * @param embedding sentence embedding of the title and lead (unit length for an article, a sum for a story),
 *                  or null when no embedder is used
 * @param entities  named-entity keys (folded, so spellings with and without diacritics meet) and their counts
 * @param numbers   figures mentioned (normalised by {@link dev.chorus.sentence.Tokenizer}) and their counts
 * @param first     earliest publication date, null when unknown
 * @param last      latest publication date, null when unknown
 * @param language  ISO 639-1 code; null when unknown, or for a story whose articles are in several languages
 * @param articles  how many articles these features sum up
 */
public record ArticleFeatures(TermVector terms, float[] embedding, Map<String, Integer> entities,
                              Map<String, Integer> numbers, LocalDate first, LocalDate last, String language,
                              int articles) {

    public ArticleFeatures {
        Objects.requireNonNull(terms, "terms");
        entities = Map.copyOf(entities);
        numbers = Map.copyOf(numbers);
        if (first != null && last != null && last.isBefore(first)) {
            throw new IllegalArgumentException("last date " + last + " is before first " + first);
        }
        if (articles < 1) {
            throw new IllegalArgumentException("articles must be at least 1");
        }
    }

    /** The features of one article published on {@code published} (may be null). */
    public static ArticleFeatures of(TermVector terms, float[] embedding, Map<String, Integer> entities,
                                     Map<String, Integer> numbers, LocalDate published, String language) {
        return new ArticleFeatures(terms, embedding, entities, numbers, published, published, language, 1);
    }

    /**
     * The features of a story made of the articles behind {@code a} and those behind {@code b}: summed vectors
     * and counts, the union of date ranges. The embedding sums the articles that have one (a story may mix
     * languages the embedder covers and languages it does not).
     */
    public static ArticleFeatures merge(ArticleFeatures a, ArticleFeatures b) {
        float[] embedding = a.embedding == null ? copy(b.embedding) : b.embedding == null ? copy(a.embedding) : null;
        if (a.embedding != null && b.embedding != null) {
            embedding = new float[a.embedding.length];
            for (int i = 0; i < embedding.length; i++) {
                embedding[i] = a.embedding[i] + b.embedding[i];
            }
        }
        String language = Objects.equals(a.language, b.language) ? a.language : null;
        return new ArticleFeatures(a.terms.plus(b.terms), embedding, sum(a.entities, b.entities),
                sum(a.numbers, b.numbers), earlier(a.first, b.first), later(a.last, b.last), language,
                a.articles + b.articles);
    }

    /** The cosine of the two embeddings, or NaN when either is missing or zero. */
    double embeddingCosine(ArticleFeatures other) {
        if (embedding == null || other.embedding == null) {
            return Double.NaN;
        }
        double dot = TextEmbedder.dot(embedding, other.embedding);
        double norms = Math.sqrt(TextEmbedder.dot(embedding, embedding) * TextEmbedder.dot(other.embedding, other.embedding));
        return norms == 0 ? Double.NaN : dot / norms;
    }

    private static float[] copy(float[] v) {
        return v == null ? null : v.clone();
    }

    private static Map<String, Integer> sum(Map<String, Integer> a, Map<String, Integer> b) {
        Map<String, Integer> out = new HashMap<>(a);
        b.forEach((k, v) -> out.merge(k, v, Integer::sum));
        return out;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }
}
