package dev.chorus.eval;

/**
 * Precision, recall and F1 of a yes/no "same story" decision against human judgements on the 1..4 scale of
 * SemEval-2022 Task 8: a pair judged at most {@link #SAME_AT_MOST} is the same story, at least
 * {@link #DIFFERENT_AT_LEAST} a different one; pairs in between are left out, as neither answer is wrong.
 *
 * @param truePositives  same-story pairs the decision called the same
 * @param falsePositives different pairs it called the same
 * @param falseNegatives same-story pairs it called different
 * @param trueNegatives  different pairs it called different
 */
public record SameStoryDecision(int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {

    public static final double SAME_AT_MOST = 1.5;
    public static final double DIFFERENT_AT_LEAST = 3.0;

    /** Scores the decision {@code score >= threshold} for each pair against its {@code overall} judgement. */
    public static SameStoryDecision of(double[] scores, double[] overall, double threshold) {
        if (scores.length != overall.length) {
            throw new IllegalArgumentException("one score per judgement needed");
        }
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        for (int i = 0; i < scores.length; i++) {
            boolean same = overall[i] <= SAME_AT_MOST;
            boolean different = overall[i] >= DIFFERENT_AT_LEAST;
            if (!same && !different) {
                continue;
            }
            boolean said = scores[i] >= threshold;
            if (same && said) {
                tp++;
            } else if (same) {
                fn++;
            } else if (said) {
                fp++;
            } else {
                tn++;
            }
        }
        return new SameStoryDecision(tp, fp, fn, tn);
    }

    /** Pairs judged clearly the same or clearly different. */
    public int decided() {
        return truePositives + falsePositives + falseNegatives + trueNegatives;
    }

    /** Share of the pairs called the same that are; 0 when none was. */
    public double precision() {
        int said = truePositives + falsePositives;
        return said == 0 ? 0 : (double) truePositives / said;
    }

    /** Share of the same-story pairs called the same; 0 when there are none. */
    public double recall() {
        int same = truePositives + falseNegatives;
        return same == 0 ? 0 : (double) truePositives / same;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
