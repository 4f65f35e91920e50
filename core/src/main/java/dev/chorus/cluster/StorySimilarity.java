package dev.chorus.cluster;

import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * How likely two articles, an article and a story, or two stories report the same event, as a score in
 * [0, 1] (1 = same story). It weighs five kinds of evidence ({@link Evidence}): lexical (TF-IDF cosine),
 * semantic (embedding cosine), shared names, shared figures and time apart.
 *
 * <p>The first four are combined linearly ({@link #features}) with weights fitted to human judgements
 * (see {@link #WITH_EMBEDDING}), then clipped to [0, 1]. When either side has no embedding (no embedder,
 * or a language the model does not read) the weights fitted without it apply, so the score keeps the
 * same scale. Time cannot be fitted that way, as the judged pairs carry no dates, so it scales the
 * result: within {@link #SAME_TIME_DAYS} days of each other nothing changes, after that the score halves
 * every {@link #HALF_LIFE_DAYS} days; an unknown date changes nothing.
 *
 * <p>Cosines of lexical vectors and of name counts enter as square roots: among pairs on one story they
 * vary over a small range near zero (long texts share a small part of their words), and the root spreads
 * that range, which the fit rewards (while exploring: held-out Pearson 0.589 rather than 0.573 over all pairs).
 */
public final class StorySimilarity {

    /**
     * Intercept and weights of sqrt(lexical), embedding, sqrt(names), figures. Fitted by least squares, with
     * the weights kept non-negative (no evidence of sameness may lower the score), to {@code (4 - Overall) / 3}
     * of the 161 pairs of the SemEval-2022 Task 8 training file whose both texts have an embedding (the
     * English pairs), with all-MiniLM-L6-v2-q at its default 32 tokens: {@code chorus eval similarity
     * ../shared/bench/similarity/semeval2022-task8-train.csv --fit}. Given the lexical and embedding
     * cosines, names and figures added nothing on those pairs and got weight 0. The same run's 10-fold
     * cross-validation (each pair scored by weights fitted without it) gives Pearson 0.849 on them.
     */
    static final double[] WITH_EMBEDDING = {-0.1415, 0.8730, 0.6153, 0, 0};
    /**
     * Intercept and weights of sqrt(lexical), sqrt(names), figures, fitted the same way to all 1,283 pairs
     * of that file (16 language pairs) with the embedding left out, each text's terms read in its own
     * language; held-out Pearson 0.62 over all pairs with the embedding where both sides have one.
     */
    static final double[] WITHOUT_EMBEDDING = {0.0382, 0.7599, 0.3202, 0.1092};

    /**
     * Score at or above which two sides are taken to report the same story: the threshold with the best F1
     * of the decision over the held-out scores of that cross-validation (SemEval Overall at most 1.5 is the
     * same story, 3 or more a different one).
     */
    public static final double SAME_STORY_THRESHOLD = 0.50;

    /** Days apart that count as the same time: reports of one event spread over a few days. */
    public static final int SAME_TIME_DAYS = 3;
    /** Beyond {@link #SAME_TIME_DAYS}, the score halves every this many days. */
    public static final double HALF_LIFE_DAYS = 7;

    /**
     * The evidence about one pair.
     *
     * @param lexical   cosine of the TF-IDF vectors, in [0, 1]
     * @param embedding cosine of the embeddings, NaN when either side has none
     * @param names     cosine of the name-key counts, in [0, 1]; 0 when either side has none
     * @param figures   cosine of the figure counts, in [0, 1]; 0 when either side has none
     * @param daysApart days between the two sides' date ranges (0 when they overlap), -1 when a date is unknown
     */
    public record Evidence(double lexical, double embedding, double names, double figures, long daysApart) {

        public boolean hasEmbedding() {
            return !Double.isNaN(embedding);
        }
    }

    private StorySimilarity() {
    }

    /** The same-story score of {@code a} and {@code b}, symmetric, in [0, 1]. */
    public static double score(ArticleFeatures a, ArticleFeatures b) {
        return score(evidence(a, b));
    }

    /** The score that {@code e} gives. */
    public static double score(Evidence e) {
        return combine(e.hasEmbedding() ? WITH_EMBEDDING : WITHOUT_EMBEDDING, e) * timeFactor(e.daysApart());
    }

    /** {@code weights} (intercept first) applied to the {@link #features} of {@code e}, clipped to [0, 1]. */
    public static double combine(double[] weights, Evidence e) {
        double[] x = features(e, weights.length == WITH_EMBEDDING.length);
        double sum = weights[0];
        for (int i = 0; i < x.length; i++) {
            sum += weights[i + 1] * x[i];
        }
        return Math.clamp(sum, 0, 1);
    }

    /**
     * The values the weights multiply: sqrt(lexical), embedding (when {@code withEmbedding}),
     * sqrt(names), figures.
     */
    public static double[] features(Evidence e, boolean withEmbedding) {
        double lexical = Math.sqrt(Math.max(0, e.lexical()));
        double names = Math.sqrt(Math.max(0, e.names()));
        return withEmbedding
                ? new double[]{lexical, e.embedding(), names, e.figures()}
                : new double[]{lexical, names, e.figures()};
    }

    /** The evidence {@link #score} weighs. */
    public static Evidence evidence(ArticleFeatures a, ArticleFeatures b) {
        double terms = a.terms().dot(b.terms());
        double norms = Math.sqrt(a.terms().dot(a.terms()) * b.terms().dot(b.terms()));
        return new Evidence(norms == 0 ? 0 : terms / norms, a.embeddingCosine(b),
                countCosine(a.entities(), b.entities()), countCosine(a.numbers(), b.numbers()),
                daysApart(a, b));
    }

    /** 1 within {@link #SAME_TIME_DAYS}, halving every {@link #HALF_LIFE_DAYS} after; 1 when unknown. */
    static double timeFactor(long daysApart) {
        if (daysApart <= SAME_TIME_DAYS) {
            return 1;
        }
        return Math.pow(0.5, (daysApart - SAME_TIME_DAYS) / HALF_LIFE_DAYS);
    }

    /** Cosine of two bags of keys; a bag's counts are its vector. */
    static double countCosine(Map<String, Integer> a, Map<String, Integer> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Map<String, Integer> small = a.size() <= b.size() ? a : b;
        Map<String, Integer> large = small == a ? b : a;
        double dot = 0;
        for (Map.Entry<String, Integer> e : small.entrySet()) {
            Integer other = large.get(e.getKey());
            if (other != null) {
                dot += (double) e.getValue() * other;
            }
        }
        return dot == 0 ? 0 : dot / Math.sqrt(squares(a) * squares(b));
    }

    private static double squares(Map<String, Integer> bag) {
        double sum = 0;
        for (int v : bag.values()) {
            sum += (double) v * v;
        }
        return sum;
    }

    private static long daysApart(ArticleFeatures a, ArticleFeatures b) {
        if (a.first() == null || b.first() == null) {
            return -1;
        }
        if (a.last().isBefore(b.first())) {
            return ChronoUnit.DAYS.between(a.last(), b.first());
        }
        if (b.last().isBefore(a.first())) {
            return ChronoUnit.DAYS.between(b.last(), a.first());
        }
        return 0;
    }
}
