package io.loadcast.forecast.bench;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.features.AsOfHistory;
import io.loadcast.forecast.core.features.DayAheadFeatures;
import io.loadcast.forecast.core.features.DayTypes;
import io.loadcast.forecast.core.model.DayAheadModel;
import io.loadcast.forecast.core.model.EpochListener;
import io.loadcast.forecast.core.model.ModelFamily;
import io.loadcast.forecast.core.model.Trainers;
import io.loadcast.forecast.core.model.TrainingContext;
import io.loadcast.forecast.core.model.TrainingSpec;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * Experiment (not a service model): a seeded DL4J MLP (two ReLU layers) on the residuals of the {@code day-ahead}
 * ridge, trained on the same legal-at-origin features plus half-hour, day-class and step encodings, on origins
 * 07/09/11 local before 2023; prints the 2023 (validation) MAPE of the ridge alone and with half and all of the
 * MLP's correction after each epoch. Never reads 2024. Arguments: epochs (4), hidden units (64).
 */
public final class GbMlpExperiment {

    static final int F = DayAheadFeatures.COUNT + 4 + DayTypes.CLASSES + 3;

    public static void main(String[] args) throws Exception {
        int epochs = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        int hidden = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        HalfHourlySeries y2015 = GbDemandData.years(2015).filled();
        HalfHourlySeries recent =
                GbDemandData.years(2019, 2020, 2021, 2022, 2023, 2024).filled();
        int start2023 = (int) recent.indexOf(Instant.parse("2022-12-31T00:00:00Z"));
        int start2024 = (int) recent.indexOf(Instant.parse("2024-01-01T00:00:00Z"));
        List<HalfHourlySeries> train = List.of(y2015, recent.slice(0, start2023));
        TrainingSpec spec = TrainingSpec.defaults(ModelFamily.DAY_AHEAD);
        DayAheadModel ridge = (DayAheadModel)
                Trainers.dayAheadAt(t -> true).train(train, spec, new TrainingContext("gb", "x"), EpochListener.NONE);
        List<float[]> xs = new ArrayList<>();
        List<float[]> ys = new ArrayList<>();
        for (HalfHourlySeries s : train) {
            for (int o = spec.lookback(); o + 96 <= s.size(); o++) {
                ZonedDateTime local = s.timeAt(o).atZone(GbDemandData.LONDON);
                if (local.getMinute() != 0 || (local.getHour() != 7 && local.getHour() != 9 && local.getHour() != 11)) {
                    continue;
                }
                AsOfHistory h = new AsOfHistory(s.values(), o, s.timeAt(o));
                double level = DayAheadFeatures.level(h);
                for (int k = 0; k < 96; k += 2) {
                    double[] row = new double[F];
                    double z = row(ridge, h, level, s.timeAt(o + k), k, row);
                    xs.add(toFloat(row));
                    ys.add(new float[] {(float) ((s.values()[o + k] / level - 1 - z) * 10)});
                }
            }
        }
        System.out.printf("%d rows%n", xs.size());
        INDArray x = Nd4j.create(xs.toArray(float[][]::new));
        INDArray y = Nd4j.create(ys.toArray(float[][]::new));
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder()
                .seed(42)
                .updater(new Adam(1e-3))
                .weightInit(WeightInit.XAVIER)
                .list()
                .layer(new DenseLayer.Builder()
                        .nIn(F)
                        .nOut(hidden)
                        .activation(Activation.RELU)
                        .build())
                .layer(new DenseLayer.Builder()
                        .nIn(hidden)
                        .nOut(hidden)
                        .activation(Activation.RELU)
                        .build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MSE)
                        .nIn(hidden)
                        .nOut(1)
                        .activation(Activation.IDENTITY)
                        .build())
                .build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        DataSet all = new DataSet(x, y);
        for (int e = 1; e <= epochs; e++) {
            long t0 = System.nanoTime();
            all.shuffle(42 + e);
            double loss = 0;
            List<DataSet> batches = all.batchBy(512);
            for (DataSet b : batches) {
                net.fit(b);
                loss += net.score();
            }
            System.out.printf("epoch %d loss %.5f %.0f s%n", e, loss / batches.size(), (System.nanoTime() - t0) / 1e9);
            evaluate(ridge, net, recent, start2023, start2024);
        }
    }

    static void evaluate(DayAheadModel ridge, MultiLayerNetwork net, HalfHourlySeries s, int from, int to) {
        double[] blends = {0, 0.5, 1};
        double[] pct = new double[blends.length];
        long n = 0;
        for (LocalDate day =
                        s.timeAt(from).atZone(GbDemandData.LONDON).toLocalDate().plusDays(1);
                ;
                day = day.plusDays(1)) {
            int dayStart = (int) s.indexOf(day.atStartOfDay(GbDemandData.LONDON).toInstant());
            int dayEnd = (int)
                    s.indexOf(day.plusDays(1).atStartOfDay(GbDemandData.LONDON).toInstant());
            if (dayEnd > to) {
                break;
            }
            Instant originTime =
                    day.minusDays(1).atTime(9, 0).atZone(GbDemandData.LONDON).toInstant();
            int o = (int) s.indexOf(originTime);
            AsOfHistory h = new AsOfHistory(s.values(), o, originTime);
            double level = DayAheadFeatures.level(h);
            int count = dayEnd - dayStart;
            float[][] rows = new float[count][];
            double[] zs = new double[count];
            for (int i = dayStart; i < dayEnd; i++) {
                double[] row = new double[F];
                zs[i - dayStart] = row(ridge, h, level, s.timeAt(i), i - o, row);
                rows[i - dayStart] = toFloat(row);
            }
            INDArray out = net.output(Nd4j.create(rows));
            for (int i = dayStart; i < dayEnd; i++) {
                double actual = s.values()[i];
                double correction = out.getDouble(i - dayStart, 0) / 10;
                for (int b = 0; b < blends.length; b++) {
                    double f = (zs[i - dayStart] + blends[b] * correction + 1) * level;
                    pct[b] += Math.abs(actual - f) / actual;
                }
                n++;
            }
        }
        System.out.printf(
                "  2023 MAPE: ridge %.3f%%, ridge+0.5 mlp %.3f%%, ridge+mlp %.3f%%%n",
                100 * pct[0] / n, 100 * pct[1] / n, 100 * pct[2] / n);
    }

    static double row(DayAheadModel ridge, AsOfHistory h, double level, Instant target, int step, double[] row) {
        double[] x = new double[DayAheadFeatures.COUNT];
        DayAheadFeatures.write(h, level, target, x);
        double[] w = ridge.weights()[DayAheadFeatures.head(h.originTime(), target)];
        double z = 0;
        for (int i = 0; i < x.length; i++) {
            z += w[i] * x[i];
        }
        System.arraycopy(x, 0, row, 0, x.length);
        ZonedDateTime local = target.atZone(GbDemandData.LONDON);
        double hh = (local.getHour() * 2 + local.getMinute() / 30) / 48.0;
        int c = DayAheadFeatures.COUNT;
        row[c] = Math.sin(2 * Math.PI * hh);
        row[c + 1] = Math.cos(2 * Math.PI * hh);
        row[c + 2] = Math.sin(4 * Math.PI * hh);
        row[c + 3] = Math.cos(4 * Math.PI * hh);
        row[c + 4 + DayTypes.dayClass(local.toLocalDate())] = 1;
        row[F - 3] = step / 96.0;
        row[F - 2] = z;
        row[F - 1] = DayAheadFeatures.head(h.originTime(), target) % 2;
        for (int i = 1; i < 10; i++) {
            row[i] *= 10; // relative lags and levels are a few percent; scale them to about unit size
        }
        row[F - 2] *= 10;
        return z;
    }

    static float[] toFloat(double[] d) {
        float[] f = new float[d.length];
        for (int i = 0; i < d.length; i++) {
            f[i] = (float) d[i];
        }
        return f;
    }
}
