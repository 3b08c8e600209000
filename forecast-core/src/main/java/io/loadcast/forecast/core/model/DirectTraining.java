package io.loadcast.forecast.core.model;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.features.WeatherDays;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.schedule.ExponentialSchedule;
import org.nd4j.linalg.schedule.ISchedule;
import org.nd4j.linalg.schedule.ScheduleType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The training loop of the direct recurrent networks: training origins every {@code stride} half-hours before a
 * validation span at the end of each series (later in time than every training target), shuffled mini-batches
 * built on the fly and fed to the network as one epoch (only a batch lives off-heap), a learning rate halving every {@link #HALF_LIFE_EPOCHS} epochs,
 * and early stopping: the parameters of the epoch with the lowest validation loss are kept, and training stops
 * after {@link #patience} epochs without improvement (a tenth of the epoch budget, at least {@link #PATIENCE}: a
 * run asked for 500 epochs is not ended by three flat ones). Without room for a validation span it trains every
 * epoch.
 */
final class DirectTraining {

    static final int PATIENCE = 3;
    static final double HALF_LIFE_EPOCHS = 4;
    static final int MAX_VALIDATION = 8 * HalfHourlySeries.STEPS_PER_WEEK;
    private static final Logger log = LoggerFactory.getLogger(DirectTraining.class);

    private final List<DirectInputs.Table> tables;
    private final RecurrentSpec spec;
    private final List<Origins.Origin> train = new ArrayList<>();
    private final List<Origins.Origin> validation = new ArrayList<>();
    private double bestValidationLoss = Double.NaN;

    DirectTraining(List<HalfHourlySeries> series, RecurrentSpec spec) {
        this(series, spec, null, false);
    }

    /**
     * With {@code weather} (the stored actuals), every step also gets {@link DirectWeather}'s covariates; with {@code
     * calendar}, {@link DirectCalendar}'s.
     */
    DirectTraining(List<HalfHourlySeries> series, RecurrentSpec spec, @Nullable WeatherDays weather, boolean calendar) {
        this.spec = spec;
        this.tables = series.stream()
                .map(s -> DirectInputs.Table.of(s, weather, calendar))
                .toList();
        int history = new DirectLayout(weather != null, calendar).history(spec.lookback());
        for (int s = 0; s < series.size(); s++) {
            int size = series.get(s).size();
            int span = Math.min(MAX_VALIDATION, size / 5);
            boolean validate = size - span >= history + spec.horizon() && span >= spec.horizon();
            int trainEnd = validate ? size - span : size;
            for (int o = history; o + spec.horizon() <= trainEnd; o += spec.stride()) {
                train.add(new Origins.Origin(s, o));
            }
            for (int o = trainEnd; validate && o + spec.horizon() <= size; o += Math.max(spec.stride(), 12)) {
                validation.add(new Origins.Origin(s, o));
            }
        }
        if (train.isEmpty()) {
            throw new IllegalArgumentException("too little history: need at least " + (history + spec.horizon())
                    + " half-hours in one series to train");
        }
    }

    private DirectTraining(DirectTraining samples, RecurrentSpec spec) {
        this.spec = spec;
        this.tables = samples.tables;
        this.train.addAll(samples.train);
        this.validation.addAll(samples.validation);
    }

    /** The same samples and validation span for another seed's net ({@code member}: a {@link DirectMembersModel}'s). */
    DirectTraining forMember(RecurrentSpec member) {
        return new DirectTraining(this, member);
    }

    /** Epochs without a better validation loss before training stops. */
    static int patience(int epochs) {
        return Math.max(PATIENCE, epochs / 10);
    }

    int batchesPerEpoch() {
        return (train.size() + spec.batchSize() - 1) / spec.batchSize();
    }

    /** Adam's learning rate over iterations: halves every {@link #HALF_LIFE_EPOCHS} epochs. */
    ISchedule schedule() {
        double gamma = Math.pow(0.5, 1 / (HALF_LIFE_EPOCHS * batchesPerEpoch()));
        return new ExponentialSchedule(ScheduleType.ITERATION, spec.learningRate(), gamma);
    }

    /** The validation loss of the kept parameters (NaN without a validation span), after {@link #run}. */
    double bestValidationLoss() {
        return bestValidationLoss;
    }

    /** Trains {@code net} and leaves it with the parameters of its best validation epoch. */
    void run(DirectNet net, EpochListener listener) {
        double best = Double.POSITIVE_INFINITY;
        Object bestParameters = null;
        int sinceBest = 0;
        Random random = new Random(spec.seed());
        List<Origins.Origin> order = new ArrayList<>(train);
        int patience = patience(spec.epochs());
        for (int epoch = 1; epoch <= spec.epochs() && sinceBest < patience; epoch++) {
            Collections.shuffle(order, random);
            int e = epoch;
            int[] done = {0};
            double loss = net.fitEpoch(batches(order), () -> listener.onBatch(e, ++done[0], batchesPerEpoch()));
            double validationLoss = validation.isEmpty() ? Double.NaN : validationLoss(net);
            double trainLoss = Double.isFinite(loss) ? loss : loss(net, order.subList(0, Math.min(order.size(), 2048)));
            log.info("{} epoch {}: train loss {} validation loss {}", spec.family(), epoch, trainLoss, validationLoss);
            if (validationLoss < best) {
                best = validationLoss;
                bestParameters = net.snapshot();
                sinceBest = 0;
            } else if (!validation.isEmpty()) {
                sinceBest++;
            }
            listener.onEpoch(epoch, spec.epochs(), trainLoss);
        }
        if (bestParameters != null) {
            net.restore(bestParameters);
        }
        bestValidationLoss = validation.isEmpty() ? Double.NaN : best;
    }

    /** The epoch's mini-batches of {@code order}, each built when it is asked for. */
    private Iterator<INDArray[]> batches(List<Origins.Origin> order) {
        int size = spec.batchSize();
        return IntStream.range(0, batchesPerEpoch())
                .mapToObj(b -> DirectInputs.batch(
                        tables,
                        order.subList(b * size, Math.min(order.size(), (b + 1) * size)),
                        spec.lookback(),
                        spec.horizon(),
                        true))
                .iterator();
    }

    /** Mean squared error (scaled) over the validation origins. */
    double validationLoss(DirectNet net) {
        return loss(net, validation);
    }

    /**
     * Mean squared error (scaled) over {@code origins}, 512 at a time; also the epoch's training loss (on up to
     * 2,048 shuffled training origins) when the network's fit reports none.
     */
    private double loss(DirectNet net, List<Origins.Origin> origins) {
        double sum = 0;
        long n = 0;
        for (int from = 0; from < origins.size(); from += 512) {
            List<Origins.Origin> slice = origins.subList(from, Math.min(origins.size(), from + 512));
            INDArray[] batch = DirectInputs.batch(tables, slice, spec.lookback(), spec.horizon(), true);
            INDArray out = net.output(new INDArray[] {batch[0], batch[1]});
            sum += out.squaredDistance(batch[2]);
            n += out.length();
            for (INDArray a : batch) {
                a.close();
            }
        }
        return sum / n;
    }
}
