package dev.chorus.eval;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SimilarityFitTest {

    @Test
    void leastSquaresRecoversAnExactLinearRelation() {
        Random random = new Random(1);
        double[][] x = new double[50][3];
        double[] y = new double[50];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < 3; j++) {
                x[i][j] = random.nextDouble();
            }
            y[i] = 0.1 + 0.5 * x[i][0] + 0.2 * x[i][1] + 0.3 * x[i][2];
        }
        double[] w = SimilarityFit.nonNegativeLeastSquares(x, y);
        assertEquals(0.1, w[0], 1e-9);
        assertEquals(0.5, w[1], 1e-9);
        assertEquals(0.2, w[2], 1e-9);
        assertEquals(0.3, w[3], 1e-9);
    }

    @Test
    void aFeatureThatWouldGetANegativeWeightGetsZero() {
        Random random = new Random(2);
        double[][] x = new double[80][2];
        double[] y = new double[80];
        for (int i = 0; i < x.length; i++) {
            x[i][0] = random.nextDouble();
            x[i][1] = random.nextDouble();
            y[i] = 0.8 * x[i][0] - 0.4 * x[i][1];
        }
        double[] w = SimilarityFit.nonNegativeLeastSquares(x, y);
        assertEquals(0.0, w[2]);
        // with the second feature out, the first is fitted alone: slope stays positive
        double[] alone = SimilarityFit.leastSquares(x, y, new int[]{0});
        assertEquals(alone[0], w[0], 1e-12);
        assertEquals(alone[1], w[1], 1e-12);
    }

    @Test
    void aConstantColumnIsSingularAndSkipped() {
        double[][] x = {{1, 0}, {2, 0}, {3, 0}};
        double[] y = {1, 2, 3};
        double[] w = SimilarityFit.nonNegativeLeastSquares(x, y);
        assertEquals(0.0, w[0], 1e-9);
        assertEquals(1.0, w[1], 1e-9);
        assertEquals(0.0, w[2]);
    }
}
