package dev.chorus.eval;

import dev.chorus.cluster.StorySimilarity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Fits the weights of {@link StorySimilarity} to judged pairs and measures them honestly: k-fold
 * cross-validation, so every pair is scored by weights fitted without it.
 *
 * <p>The target is {@code (4 - Overall) / 3}, the judgement mapped to [0, 1] with 1 = same story. Weights are
 * fitted by least squares with every weight but the intercept kept non-negative (no evidence of sameness
 * may lower the score); with four features, trying every subset of them and keeping the best non-negative
 * solution finds that optimum exactly. Two sets are fitted, as {@link StorySimilarity} uses them: with the
 * embedding, on the pairs whose both sides have one; without, on all pairs.
 */
public final class SimilarityFit {

    public static final int FOLDS = 10;
    /** Seed of the fold assignment, so that a run gives the same figures. */
    public static final long SEED = 42;

    private SimilarityFit() {
    }

    /**
     * The outcome.
     *
     * @param withEmbedding    intercept and weights for pairs with embeddings, fitted to all of them
     * @param withoutEmbedding intercept and weights for pairs without, fitted to all pairs
     * @param heldOut          every pair scored by the weights of the folds that did not contain it
     * @param threshold        the same-story threshold with the best held-out F1
     */
    public record Result(double[] withEmbedding, double[] withoutEmbedding,
                         List<SimilarityEvaluation.Scored> heldOut, double threshold) {
    }

    /** Fits and cross-validates on {@code scored} (their scores are ignored; their evidence is used). */
    public static Result fit(List<SimilarityEvaluation.Scored> scored) {
        int n = scored.size();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(SEED));
        int[] fold = new int[n];
        for (int k = 0; k < n; k++) {
            fold[order.get(k)] = k % FOLDS;
        }
        double[] heldOutScore = new double[n];
        for (int f = 0; f < FOLDS; f++) {
            List<SimilarityEvaluation.Scored> train = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (fold[i] != f) {
                    train.add(scored.get(i));
                }
            }
            double[] with = fitSet(train, true);
            double[] without = fitSet(train, false);
            for (int i = 0; i < n; i++) {
                if (fold[i] == f) {
                    heldOutScore[i] = score(scored.get(i).evidence(), with, without);
                }
            }
        }
        List<SimilarityEvaluation.Scored> heldOut = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            SimilarityEvaluation.Scored s = scored.get(i);
            heldOut.add(new SimilarityEvaluation.Scored(s.pair(), s.evidence(), heldOutScore[i]));
        }
        return new Result(fitSet(scored, true), fitSet(scored, false), heldOut, bestThreshold(heldOut));
    }

    private static double score(StorySimilarity.Evidence e, double[] with, double[] without) {
        boolean embedded = e.hasEmbedding() && with != null;
        return StorySimilarity.combine(embedded ? with : without, e);
    }

    /** The weights of one set, or null when no pair has what the set needs. */
    private static double[] fitSet(List<SimilarityEvaluation.Scored> pairs, boolean withEmbedding) {
        List<double[]> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (SimilarityEvaluation.Scored s : pairs) {
            if (withEmbedding && !s.evidence().hasEmbedding()) {
                continue;
            }
            x.add(StorySimilarity.features(s.evidence(), withEmbedding));
            y.add((4 - s.pair().overall()) / 3);
        }
        if (x.isEmpty()) {
            return null;
        }
        return nonNegativeLeastSquares(x.toArray(double[][]::new), y.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /**
     * Intercept and weights minimising the squared error of {@code intercept + w . x} against {@code y}, with
     * every {@code w} at least 0: the best unconstrained solution over each subset of features whose weights
     * all come out non-negative (exact for a handful of features).
     */
    static double[] nonNegativeLeastSquares(double[][] x, double[] y) {
        int p = x[0].length;
        double[] best = null;
        double bestError = Double.POSITIVE_INFINITY;
        for (int mask = 0; mask < (1 << p); mask++) {
            int[] kept = new int[Integer.bitCount(mask)];
            for (int j = 0, k = 0; j < p; j++) {
                if ((mask & (1 << j)) != 0) {
                    kept[k++] = j;
                }
            }
            double[] w = leastSquares(x, y, kept);
            if (w == null) {
                continue;
            }
            boolean nonNegative = true;
            for (int k = 1; k < w.length; k++) {
                nonNegative &= w[k] >= 0;
            }
            if (!nonNegative) {
                continue;
            }
            double[] full = new double[p + 1];
            full[0] = w[0];
            for (int k = 0; k < kept.length; k++) {
                full[kept[k] + 1] = w[k + 1];
            }
            double error = squaredError(x, y, full);
            if (error < bestError - 1e-12) {
                bestError = error;
                best = full;
            }
        }
        return best;
    }

    /** Ordinary least squares on the columns {@code kept} plus an intercept (first); null when singular. */
    static double[] leastSquares(double[][] x, double[] y, int[] kept) {
        int m = kept.length + 1;
        double[][] a = new double[m][m + 1]; // normal equations, right-hand side in the last column
        for (int i = 0; i < x.length; i++) {
            double[] row = new double[m];
            row[0] = 1;
            for (int k = 0; k < kept.length; k++) {
                row[k + 1] = x[i][kept[k]];
            }
            for (int r = 0; r < m; r++) {
                for (int c = 0; c < m; c++) {
                    a[r][c] += row[r] * row[c];
                }
                a[r][m] += row[r] * y[i];
            }
        }
        for (int col = 0; col < m; col++) {
            int pivot = col;
            for (int r = col + 1; r < m; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            if (Math.abs(a[pivot][col]) < 1e-12) {
                return null;
            }
            double[] tmp = a[col];
            a[col] = a[pivot];
            a[pivot] = tmp;
            for (int r = 0; r < m; r++) {
                if (r != col) {
                    double factor = a[r][col] / a[col][col];
                    for (int c = col; c <= m; c++) {
                        a[r][c] -= factor * a[col][c];
                    }
                }
            }
        }
        double[] w = new double[m];
        for (int r = 0; r < m; r++) {
            w[r] = a[r][m] / a[r][r];
        }
        return w;
    }

    private static double squaredError(double[][] x, double[] y, double[] w) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            double predicted = w[0];
            for (int j = 0; j < x[i].length; j++) {
                predicted += w[j + 1] * x[i][j];
            }
            sum += (predicted - y[i]) * (predicted - y[i]);
        }
        return sum;
    }

    /** The threshold in 0.05 .. 0.95 (steps of 0.01) with the best F1 on {@code scored}; the lowest such. */
    static double bestThreshold(List<SimilarityEvaluation.Scored> scored) {
        double[] s = scored.stream().mapToDouble(SimilarityEvaluation.Scored::score).toArray();
        double[] overall = scored.stream().mapToDouble(x -> x.pair().overall()).toArray();
        double best = 0.5;
        double bestF1 = -1;
        for (int t = 5; t <= 95; t++) {
            double f1 = SameStoryDecision.of(s, overall, t / 100.0).f1();
            if (f1 > bestF1 + 1e-12) {
                bestF1 = f1;
                best = t / 100.0;
            }
        }
        return best;
    }
}
