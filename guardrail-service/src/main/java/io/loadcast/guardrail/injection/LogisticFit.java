package io.loadcast.guardrail.injection;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleValueChecker;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunctionGradient;
import org.apache.commons.math3.optim.nonlinear.scalar.gradient.NonLinearConjugateGradientOptimizer;

/**
 * L2-regularised logistic regression fitted with Apache Commons Math's non-linear conjugate gradient (Polak-Ribière)
 * on the weighted log-loss. Dense features are standardised for the fit and the scaling folded back into the
 * weights, so the result reads raw features. Sample weights balance the classes and damp large sources: every text
 * weighs {@code 1 / sqrt(size of its source and class)}, so 4,500 coding instructions do not drown 35 Giskard attacks,
 * and each class carries half of the total weight. Deterministic: the same rows give the same weights.
 */
public final class LogisticFit {

    /** Regularisation, n-gram block on or off, iterations. */
    public record Settings(double l2, boolean ngrams, int iterations) {}

    /** Raw-feature weights (dense block, then n-gram buckets) and bias. */
    record Weights(double[] weights, double bias) {

        double probability(FeatureTable.Row r) {
            double z = bias;
            for (int j = 0; j < r.dense().length; j++) {
                z += weights[j] * r.dense()[j];
            }
            int off = r.dense().length;
            for (int k = 0; k < r.ngramIndex().length; k++) {
                z += weights[off + r.ngramIndex()[k]] * r.ngramValue()[k];
            }
            return InjectionModel.sigmoid(z);
        }
    }

    /** Scale of the n-gram block during the fit, so unit-length count vectors weigh like standardised features. */
    private static final double NGRAM_SCALE = 10;

    private LogisticFit() {}

    static Weights fit(FeatureTable table, Settings s) {
        List<FeatureTable.Row> rows = table.rows();
        int d = table.denseDimensions();
        int b = s.ngrams() ? table.buckets() : 0;
        double[] mean = new double[d];
        double[] std = new double[d];
        double[][] x = rows.stream().map(FeatureTable.Row::dense).toArray(double[][]::new);
        Standardiser.fit(x, mean, std);
        double[][] z = Standardiser.apply(x, mean, std);
        double[] sw = sampleWeights(rows);
        Objective objective = new Objective(rows, z, sw, d, b, s.l2());
        NonLinearConjugateGradientOptimizer optimizer = new NonLinearConjugateGradientOptimizer(
                NonLinearConjugateGradientOptimizer.Formula.POLAK_RIBIERE,
                new SimpleValueChecker(1e-7, 1e-9, s.iterations()),
                1e-3,
                1e-5,
                1e-2);
        PointValuePair best = optimizer.optimize(
                new MaxEval(Integer.MAX_VALUE),
                new MaxIter(s.iterations() + 1),
                new ObjectiveFunction(objective::value),
                new ObjectiveFunctionGradient(objective::gradient),
                GoalType.MINIMIZE,
                new InitialGuess(new double[d + b + 1]));
        return unstandardise(best.getPoint(), mean, std, d, table.buckets(), b);
    }

    private static Weights unstandardise(double[] theta, double[] mean, double[] std, int d, int buckets, int b) {
        double[] w = new double[d + buckets];
        double bias = theta[d + b];
        for (int j = 0; j < d; j++) {
            w[j] = theta[j] / std[j];
            bias -= theta[j] * mean[j] / std[j];
        }
        for (int k = 0; k < b; k++) {
            w[d + k] = theta[d + k] * NGRAM_SCALE;
        }
        return new Weights(w, bias);
    }

    private static double[] sampleWeights(List<FeatureTable.Row> rows) {
        Map<String, Integer> counts = new HashMap<>();
        rows.forEach(r -> counts.merge(r.source() + r.label(), 1, Integer::sum));
        double[] w = new double[rows.size()];
        double[] classTotal = new double[2];
        for (int i = 0; i < w.length; i++) {
            FeatureTable.Row r = rows.get(i);
            w[i] = 1 / Math.sqrt(Objects.requireNonNull(counts.get(r.source() + r.label())));
            classTotal[r.label() ? 1 : 0] += w[i];
        }
        for (int i = 0; i < w.length; i++) {
            w[i] /= 2 * classTotal[rows.get(i).label() ? 1 : 0];
        }
        return w;
    }

    /** Weighted log-loss plus (l2 / 2) |w|^2 over [dense (standardised), n-grams (scaled), bias]. */
    private record Objective(List<FeatureTable.Row> rows, double[][] z, double[] sw, int d, int b, double l2) {

        private double margin(double[] theta, int i) {
            double m = theta[d + b];
            for (int j = 0; j < d; j++) {
                m += theta[j] * z[i][j];
            }
            FeatureTable.Row r = rows.get(i);
            for (int k = 0; b > 0 && k < r.ngramIndex().length; k++) {
                m += theta[d + r.ngramIndex()[k]] * r.ngramValue()[k] * NGRAM_SCALE;
            }
            return m;
        }

        double value(double[] theta) {
            double loss = 0;
            for (int i = 0; i < z.length; i++) {
                double m = margin(theta, i);
                double softplus = m > 0 ? m + Math.log1p(Math.exp(-m)) : Math.log1p(Math.exp(m));
                loss += sw[i] * (softplus - (rows.get(i).label() ? m : 0));
            }
            double reg = 0;
            for (int j = 0; j < d + b; j++) {
                reg += theta[j] * theta[j];
            }
            return loss + l2 / 2 * reg;
        }

        double[] gradient(double[] theta) {
            double[] g = new double[theta.length];
            for (int i = 0; i < z.length; i++) {
                double err = sw[i]
                        * (InjectionModel.sigmoid(margin(theta, i))
                                - (rows.get(i).label() ? 1 : 0));
                for (int j = 0; j < d; j++) {
                    g[j] += err * z[i][j];
                }
                FeatureTable.Row r = rows.get(i);
                for (int k = 0; b > 0 && k < r.ngramIndex().length; k++) {
                    g[d + r.ngramIndex()[k]] += err * r.ngramValue()[k] * NGRAM_SCALE;
                }
                g[d + b] += err;
            }
            for (int j = 0; j < d + b; j++) {
                g[j] += l2 * theta[j];
            }
            return g;
        }
    }
}
