package dev.chorus.bench;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainSummaryModelTest {

    @Test
    void solvesASystemThatNeedsPivoting() {
        // the first pivot is zero: elimination without row exchange would divide by it
        double[][] a = {{0, 2, 1}, {1, 1, 1}, {2, 1, 0}};
        double[] b = {5, 4, 4};
        assertArrayEquals(new double[] {1, 2, 1}, TrainSummaryModel.solve(a, b), 1e-12);
    }

    @Test
    void ridgeWithoutPenaltyRecoversAnExactLinearRuleAndPenaltyShrinksIt() {
        List<double[]> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            double[] row = {random.nextGaussian(), random.nextGaussian()};
            x.add(row);
            y.add(2 * row[0] - row[1]);
        }
        assertArrayEquals(new double[] {2, -1}, TrainSummaryModel.ridge(x, y, 0), 1e-9);
        double[] shrunk = TrainSummaryModel.ridge(x, y, 100);
        assertTrue(shrunk[0] > 0 && shrunk[0] < 2 && shrunk[1] < 0 && shrunk[1] > -1, "shrunk towards zero");
    }

    @Test
    void logisticRegressionFindsTheRateOfEachGroup() {
        // a bias and one indicator: the fitted odds must be those of the two groups, 1 in 4 and 3 in 4
        List<double[]> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            boolean marked = i % 2 == 0;
            x.add(new double[] {1, marked ? 1 : 0});
            y.add((marked ? i % 8 != 0 : i % 8 == 1) ? 1.0 : 0.0);
        }
        double[] w = TrainSummaryModel.logistic(x, y);
        assertEquals(0.25, 1 / (1 + Math.exp(-w[0])), 1e-3);
        assertEquals(0.75, 1 / (1 + Math.exp(-(w[0] + w[1]))), 1e-3);
    }
}
