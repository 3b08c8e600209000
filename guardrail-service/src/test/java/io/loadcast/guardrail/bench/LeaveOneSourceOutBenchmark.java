package io.loadcast.guardrail.bench;

import io.loadcast.guardrail.injection.BinaryMetrics;
import io.loadcast.guardrail.injection.FeatureTable;
import io.loadcast.guardrail.injection.LogisticFit;
import io.loadcast.guardrail.injection.SourceValidation;
import io.loadcast.guardrail.injection.TrainInjectionModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Prints the leave-one-source-out table of the injection classifier: for every source, a model fitted on all other
 * sources scores it; precision, recall, F1 and FPR at the threshold chosen on those out-of-source scores. Args:
 * [sharedDataDir] [all] - "all" prints a summary line for every setting of the trainer's grid too.
 */
public final class LeaveOneSourceOutBenchmark {

    public static void main(String[] args) throws Exception {
        Path data = BenchData.root(args);
        FeatureTable table = TrainInjectionModel.features(data, Path.of("target/injection-embeddings.bin"));
        List<LogisticFit.Settings> grid = args.length > 1 && args[1].equals("all")
                ? TrainInjectionModel.GRID
                : List.of(TrainInjectionModel.GRID.get(0));
        for (LogisticFit.Settings s : grid) {
            long t0 = System.nanoTime();
            List<SourceValidation.Fold> folds = SourceValidation.run(table, s);
            double t = SourceValidation.thresholdForFpr(folds, TrainInjectionModel.MAX_FPR);
            System.out.printf(
                    Locale.ROOT,
                    "%nLeave-one-source-out, %s (%.0f s): threshold %.4f (benign macro FPR <= %.2f)%n",
                    s,
                    (System.nanoTime() - t0) / 1e9,
                    t,
                    TrainInjectionModel.MAX_FPR);
            table(folds, t);
        }
    }

    static void table(List<SourceValidation.Fold> folds, double t) {
        System.out.printf(
                Locale.ROOT,
                "%-28s %6s %6s %9s %7s %7s %7s%n",
                "left-out source",
                "pos",
                "neg",
                "precision",
                "recall",
                "F1",
                "FPR");
        for (SourceValidation.Fold f : folds) {
            print(f.source(), f.metrics(t));
        }
        print("pooled", SourceValidation.pooled(folds, t));
        System.out.printf(Locale.ROOT, "benign sources' mean FPR %.4f%n", SourceValidation.macroFpr(folds, t));
    }

    private static void print(String name, BinaryMetrics m) {
        int pos = m.truePositives() + m.falseNegatives();
        int neg = m.falsePositives() + m.trueNegatives();
        System.out.printf(
                Locale.ROOT,
                "%-28s %6d %6d %9s %7s %7s %7s%n",
                name,
                pos,
                neg,
                pos > 0 ? fmt(m.precision()) : "-",
                pos > 0 ? fmt(m.recall()) : "-",
                pos > 0 && neg > 0 ? fmt(m.f1()) : "-",
                neg > 0 ? fmt(m.falsePositiveRate()) : "-");
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
