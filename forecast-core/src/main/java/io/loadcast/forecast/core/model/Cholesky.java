package io.loadcast.forecast.core.model;

/**
 * Solves a symmetric positive-definite system by Cholesky factorisation in place (Golub &amp; Van Loan, Matrix
 * Computations, alg. 4.2.1). Hand-written because the ridge solves run 96 times per training on a few hundred
 * unknowns, where Commons Math's boxed RealMatrix was the bottleneck.
 */
final class Cholesky {

    private Cholesky() {}

    static double[] solve(double[][] a, double[] b) {
        factor(a);
        return substitute(a, b);
    }

    /** Solves {@code a x = b} for every column of {@code b} ({@code [row][column]}); {@code a} is overwritten. */
    static double[][] solveAll(double[][] a, double[][] b) {
        factor(a);
        int n = b.length;
        int m = b[0].length;
        double[][] x = new double[n][m];
        double[] column = new double[n];
        for (int c = 0; c < m; c++) {
            for (int i = 0; i < n; i++) {
                column[i] = b[i][c];
            }
            double[] solved = substitute(a, column);
            for (int i = 0; i < n; i++) {
                x[i][c] = solved[i];
            }
        }
        return x;
    }

    private static void factor(double[][] a) {
        int n = a.length;
        for (int j = 0; j < n; j++) {
            double[] aj = a[j];
            double d = aj[j];
            for (int k = 0; k < j; k++) {
                d -= aj[k] * aj[k];
            }
            if (d <= 0) {
                throw new IllegalArgumentException("matrix is not positive definite (column " + j + ")");
            }
            d = Math.sqrt(d);
            aj[j] = d;
            for (int i = j + 1; i < n; i++) {
                double[] ai = a[i];
                double s = ai[j];
                for (int k = 0; k < j; k++) {
                    s -= ai[k] * aj[k];
                }
                ai[j] = s / d;
            }
        }
    }

    private static double[] substitute(double[][] a, double[] b) {
        int n = b.length;
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) {
                s -= a[i][k] * y[k];
            }
            y[i] = s / a[i][i];
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = y[i];
            for (int k = i + 1; k < n; k++) {
                s -= a[k][i] * x[k];
            }
            x[i] = s / a[i][i];
        }
        return x;
    }
}
