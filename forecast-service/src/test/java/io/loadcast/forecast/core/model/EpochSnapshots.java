package io.loadcast.forecast.core.model;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.features.WeatherDays;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.schedule.FixedSchedule;

/**
 * Bench helper (snapshot ensembles): trains exactly as {@link DirectFit#train} with the weather inputs (same seed, same
 * batches, same early stopping, so {@link Result#best} is the family's own model) and keeps every epoch's parameters,
 * so that the best epochs' checkpoints can be averaged (forecasts or parameters) and compared on validation.
 */
public final class EpochSnapshots {

    /** The kept epochs' models, best validation loss first, and the parameter means of the best 2 and 3. */
    public record Result(List<ForecastModel> byValidation, List<Double> losses, List<ForecastModel> parameterMeans) {}

    private EpochSnapshots() {}

    @SuppressWarnings("unchecked")
    public static Result train(
            List<HalfHourlySeries> series, RecurrentSpec spec, WeatherDays weather, EpochListener listener, int keep) {
        DirectLayout layout = new DirectLayout(true, false);
        DirectTraining training = new DirectTraining(series, spec, weather, false);
        SameDiff sd = DirectRecurrentModel.build(spec, training.schedule(), layout, false);
        DirectNet net = DirectRecurrentModel.net(sd, spec.hidden());
        List<Object> epochs = new ArrayList<>();
        training.run(recording(net, epochs), listener);
        Object best = net.snapshot();
        double[] loss = new double[epochs.size()];
        for (int e = 0; e < epochs.size(); e++) {
            net.restore(epochs.get(e));
            loss[e] = training.validationLoss(net);
        }
        net.restore(best);
        List<Integer> order = IntStream.range(0, epochs.size())
                .boxed()
                .sorted(Comparator.comparingDouble(e -> loss[e]))
                .limit(keep)
                .toList();
        Provenance provenance = new TrainingContext("gb-demand", "bench").provenance(spec, series, layout.format());
        List<ForecastModel> models = new ArrayList<>();
        List<Double> losses = new ArrayList<>();
        for (int e : order) {
            models.add(model(provenance, spec, layout, (Map<String, INDArray>) epochs.get(e)));
            losses.add(loss[e]);
        }
        List<ForecastModel> means = new ArrayList<>();
        for (int m = 2; m <= order.size(); m++) {
            Map<String, INDArray> mean = new HashMap<>();
            for (int e : order.subList(0, m)) {
                ((Map<String, INDArray>) epochs.get(e))
                        .forEach((name, arr) -> mean.merge(name, arr.dup(), (a, b) -> a.addi(b)));
            }
            int count = m;
            mean.values().forEach(a -> a.divi(count));
            means.add(model(provenance, spec, layout, mean));
        }
        return new Result(models, losses, means);
    }

    private static ForecastModel model(
            Provenance provenance, RecurrentSpec spec, DirectLayout layout, Map<String, INDArray> parameters) {
        SameDiff sd = DirectRecurrentModel.build(spec, new FixedSchedule(spec.learningRate()), layout, false);
        DirectRecurrentModel.net(sd, spec.hidden()).restore(parameters);
        return new DirectRecurrentModel(provenance, sd);
    }

    private static DirectNet recording(DirectNet net, List<Object> epochs) {
        return new DirectNet() {
            @Override
            public double fitEpoch(Iterator<INDArray[]> batches, Runnable afterBatch) {
                double loss = net.fitEpoch(batches, afterBatch);
                epochs.add(net.snapshot());
                return loss;
            }

            @Override
            public INDArray output(INDArray[] inputs) {
                return net.output(inputs);
            }

            @Override
            public Object snapshot() {
                return net.snapshot();
            }

            @Override
            public void restore(Object snapshot) {
                net.restore(snapshot);
            }
        };
    }
}
