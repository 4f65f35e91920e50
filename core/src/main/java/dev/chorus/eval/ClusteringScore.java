package dev.chorus.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How well predicted clusters match true ones, in the two usual ways.
 *
 * <p><b>B-cubed</b> (Bagga and Baldwin, 1998) scores every item: its precision is the share of its predicted
 * cluster that is truly with it (itself included), its recall the share of its true cluster that was predicted
 * with it; both are averaged over items, so a large cluster weighs as much as its size. <b>Pairwise</b> scores
 * every pair of items put together: precision is the share of predicted pairs that are true pairs, recall the
 * share of true pairs that were predicted. Pairwise is dominated by the largest clusters (pairs grow with the
 * square of size), which makes it the sharper test of one story swallowing another.
 *
 * <p>Only items that were clustered count: the true clusters are restricted to them, so an item left out of
 * the prediction (an input with no usable text) lowers neither score.
 */
public record ClusteringScore(double bcubedPrecision, double bcubedRecall, double bcubedF1,
                              double pairPrecision, double pairRecall, double pairF1) {

    /**
     * Scores {@code predicted} (each item in exactly one cluster) against {@code gold} (item to true cluster
     * label; must name every predicted item).
     */
    public static <T, L> ClusteringScore of(List<? extends List<T>> predicted, Map<T, L> gold) {
        Map<L, Integer> goldSizes = new HashMap<>();
        for (List<T> cluster : predicted) {
            for (T item : cluster) {
                L label = gold.get(item);
                if (label == null) {
                    throw new IllegalArgumentException("no true cluster for " + item);
                }
                goldSizes.merge(label, 1, Integer::sum);
            }
        }
        double precisionSum = 0;
        double recallSum = 0;
        long items = 0;
        long predictedPairs = 0;
        long truePairsFound = 0;
        for (List<T> cluster : predicted) {
            Map<L, Integer> overlap = new HashMap<>();
            cluster.forEach(item -> overlap.merge(gold.get(item), 1, Integer::sum));
            for (T item : cluster) {
                int together = overlap.get(gold.get(item));
                precisionSum += (double) together / cluster.size();
                recallSum += (double) together / goldSizes.get(gold.get(item));
                items++;
            }
            predictedPairs += pairs(cluster.size());
            for (int n : overlap.values()) {
                truePairsFound += pairs(n);
            }
        }
        long truePairs = goldSizes.values().stream().mapToLong(ClusteringScore::pairs).sum();
        double bp = items == 0 ? 0 : precisionSum / items;
        double br = items == 0 ? 0 : recallSum / items;
        // No pair predicted (or none true) is perfect precision (recall): nothing wrong was claimed (missed).
        double pp = predictedPairs == 0 ? 1 : (double) truePairsFound / predictedPairs;
        double pr = truePairs == 0 ? 1 : (double) truePairsFound / truePairs;
        return new ClusteringScore(bp, br, f1(bp, br), pp, pr, f1(pp, pr));
    }

    private static long pairs(long n) {
        return n * (n - 1) / 2;
    }

    private static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
