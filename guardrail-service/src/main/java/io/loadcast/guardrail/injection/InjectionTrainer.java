package io.loadcast.guardrail.injection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Trains the injection classifier: L2-regularised logistic regression with class-balanced weights, fitted by
 * full-batch gradient descent on standardised features (deterministic, so the same data and seed give the same
 * model). The L2 penalty is chosen from a small grid (the largest of equally good ones) and the threshold set, both
 * on the validation part: the
 * threshold maximises F1 while keeping the validation false-positive rate at or below {@code maxFalsePositiveRate}.
 */
public final class InjectionTrainer {

    /** Learning rate, epochs, the L2 penalties tried, FPR ceiling for the threshold. */
    public record Hyperparameters(double learningRate, int epochs, List<Double> l2Grid, double maxFalsePositiveRate) {

        public static Hyperparameters defaults() {
            return new Hyperparameters(0.2, 1500, List.of(0.001, 0.003, 0.01, 0.03), 0.03);
        }
    }

    private record Fit(double[] weights, double bias, double threshold, BinaryMetrics validation, double l2) {}

    private final InjectionFeaturizer featurizer;
    private final Hyperparameters hp;
    private final String name;
    private final String version;

    public InjectionTrainer(InjectionFeaturizer featurizer, Hyperparameters hp, String name, String version) {
        this.featurizer = featurizer;
        this.hp = hp;
        this.name = name;
        this.version = version;
    }

    public InjectionTrainer(InjectionFeaturizer featurizer, Hyperparameters hp) {
        this(featurizer, hp, "prompt-injection-logreg", "0");
    }

    public InjectionModel train(
            List<LabelledText> train,
            List<LabelledText> validation,
            List<LabelledText> test,
            long seed,
            Map<String, String> trainingData) {
        double[][] x = featurize(train);
        double[][] xv = featurize(validation);
        int d = x[0].length;
        double[] mean = new double[d];
        double[] std = new double[d];
        Standardiser.fit(x, mean, std);
        double[][] z = Standardiser.apply(x, mean, std);
        @Nullable Fit best = null;
        for (double l2 : hp.l2Grid()) {
            double[] w = new double[d];
            double[] b = {0};
            descend(z, train, l2, w, b);
            double[] raw = new double[d];
            double rawBias = unstandardise(w, b[0], mean, std, raw);
            List<Double> scores = new ArrayList<>();
            for (double[] row : xv) {
                scores.add(InjectionModel.sigmoid(rawBias + dot(raw, row)));
            }
            double threshold = chooseThreshold(validation, scores);
            BinaryMetrics m = BinaryMetrics.of(validation, scores, threshold);
            // on a tie the stronger penalty wins: the simpler model of two equally good ones generalises better
            if (best == null
                    || m.f1() > best.validation().f1()
                    || (m.f1() == best.validation().f1() && l2 > best.l2())) {
                best = new Fit(raw, rawBias, threshold, m, l2);
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("the hyperparameters name no L2 penalty to try");
        }
        Map<String, Double> hyper = new LinkedHashMap<>();
        hyper.put("learningRate", hp.learningRate());
        hyper.put("epochs", (double) hp.epochs());
        hyper.put("l2", best.l2());
        hyper.put("maxFalsePositiveRate", hp.maxFalsePositiveRate());
        hyper.put("trainSize", (double) train.size());
        hyper.put("validationSize", (double) validation.size());
        Map<String, Map<String, Double>> metrics = new LinkedHashMap<>();
        metrics.put("validation", best.validation().asMap());
        InjectionModel model = new InjectionModel(
                name,
                version,
                InjectionModel.FORMAT,
                InjectionModel.EMBEDDING_MODEL,
                d - featurizer.lexicalFeatures().size() - featurizer.ngramBuckets(),
                featurizer.lexicalFeatures(),
                featurizer.ngramBuckets(),
                best.weights(),
                best.bias(),
                best.threshold(),
                seed,
                hyper,
                trainingData,
                metrics,
                null);
        if (!test.isEmpty()) {
            metrics.put(
                    "test",
                    BinaryMetrics.of(test, scores(model, test), best.threshold())
                            .asMap());
        }
        return model;
    }

    public List<Double> scores(InjectionModel model, List<LabelledText> data) {
        List<Double> out = new ArrayList<>(data.size());
        for (LabelledText t : data) {
            out.add(model.probability(featurizer.features(t.text())));
        }
        return out;
    }

    private double[][] featurize(List<LabelledText> data) {
        return data.stream().map(t -> featurizer.features(t.text())).toArray(double[][]::new);
    }

    private void descend(double[][] z, List<LabelledText> labels, double l2, double[] w, double[] b) {
        long positives = labels.stream().filter(LabelledText::injection).count();
        double positiveWeight = labels.size() / (2.0 * positives);
        double negativeWeight = labels.size() / (2.0 * (labels.size() - positives));
        int d = w.length;
        for (int epoch = 0; epoch < hp.epochs(); epoch++) {
            double[] grad = new double[d];
            double gradB = 0;
            double totalWeight = 0;
            for (int i = 0; i < z.length; i++) {
                boolean y = labels.get(i).injection();
                double sampleWeight = y ? positiveWeight : negativeWeight;
                double err = sampleWeight * (InjectionModel.sigmoid(dot(w, z[i]) + b[0]) - (y ? 1 : 0));
                for (int j = 0; j < d; j++) {
                    grad[j] += err * z[i][j];
                }
                gradB += err;
                totalWeight += sampleWeight;
            }
            for (int j = 0; j < d; j++) {
                w[j] -= hp.learningRate() * (grad[j] / totalWeight + l2 * w[j]);
            }
            b[0] -= hp.learningRate() * gradB / totalWeight;
        }
    }

    /** Folds the standardisation into the weights so the saved model reads raw features; returns the bias. */
    private static double unstandardise(double[] w, double b, double[] mean, double[] std, double[] raw) {
        double bias = b;
        for (int j = 0; j < w.length; j++) {
            raw[j] = w[j] / std[j];
            bias -= w[j] * mean[j] / std[j];
        }
        return bias;
    }

    private double chooseThreshold(List<LabelledText> validation, List<Double> scores) {
        double best = 0.5;
        double bestF1 = -1;
        List<Double> candidates = new ArrayList<>(scores);
        candidates.add(0.5);
        candidates.sort(Double::compare);
        for (double t : candidates) {
            BinaryMetrics m = BinaryMetrics.of(validation, scores, t);
            if (m.falsePositiveRate() <= hp.maxFalsePositiveRate() && m.f1() >= bestF1) {
                bestF1 = m.f1();
                best = t;
            }
        }
        return best;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
