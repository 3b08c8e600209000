package io.loadcast.forecast.serving;

import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.forecast.core.artifact.ModelArtifact;
import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.evaluation.ConformalIntervals;
import io.loadcast.forecast.core.evaluation.IntervalMethod;
import io.loadcast.forecast.core.model.EpochListener;
import io.loadcast.forecast.core.model.ForecastModel;
import io.loadcast.forecast.core.model.ModelFamily;
import io.loadcast.forecast.core.model.Trainers;
import io.loadcast.forecast.core.model.TrainingContext;
import io.loadcast.forecast.core.model.TrainingSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Serving-time widths from the model's recent errors (issue 21): a weekly pattern with noise of 100 MW forecast by
 * the seasonal-naive model (errors of ~140 MW), then a spell of noise of 400 MW in the last ten days of the series.
 */
class RecentCalibrationTest {

    static final int WEEK = HalfHourlySeries.STEPS_PER_WEEK;
    static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
    static final HalfHourlySeries SERIES = series(12 * WEEK, 12 * WEEK - 10 * 48);
    static final ForecastModel NAIVE = Trainers.forFamily(ModelFamily.SEASONAL_NAIVE)
            .train(
                    List.of(SERIES.slice(0, 2 * WEEK)),
                    TrainingSpec.defaults(ModelFamily.SEASONAL_NAIVE),
                    new TrainingContext("S", "test"),
                    EpochListener.NONE);
    /** What a training run would ship: flat widths, deliberately neither the calm nor the stormy errors' size. */
    static final ConformalIntervals TRAINING = new ConformalIntervals(flat(250), flat(400));

    final List<Instant[]> reads = new ArrayList<>();
    final RecentCalibration calibration =
            new RecentCalibration(new IntervalProperties(true, 4, 2, 14, 16, Duration.ofDays(7)));

    @Test
    void afterASpellOfLargerErrorsTheIntervalsWiden() {
        RecentCalibration.Widths calm =
                calibration.at(NAIVE, TRAINING, SERIES.timeAt(9 * WEEK), this::read, NAIVE::predict);
        RecentCalibration.Widths stormy = calibration.at(NAIVE, TRAINING, SERIES.end(), this::read, NAIVE::predict);

        assertThat(calm.method()).isEqualTo(IntervalMethod.RECENT);
        assertThat(stormy.method()).isEqualTo(IntervalMethod.RECENT);
        // calm: the 80 % quantile of |N(0, 141)| is ~180 MW, below the training widths
        assertThat(mean(calm.intervals().halfWidth80())).isBetween(140.0, 230.0);
        // stormy: a third of the last four weeks' errors have sd ~410 MW; the widths pass the training ones too
        assertThat(mean(stormy.intervals().halfWidth80()))
                .isGreaterThan(1.5 * mean(calm.intervals().halfWidth80()))
                .isGreaterThan(TRAINING.halfWidth80()[0]);
        assertThat(mean(stormy.intervals().halfWidth95()))
                .isGreaterThan(mean(stormy.intervals().halfWidth80()));
    }

    @Test
    void withTooLittleHistoryTheTrainingWidthsServe() {
        // a week and four days before the origin: the seasonal-naive (look-back a week) has 4 past origins, fewer than
        // 14
        Instant origin = SERIES.timeAt(WEEK + 4 * 48);
        RecentCalibration.Widths widths = calibration.at(
                NAIVE, TRAINING, origin, (from, to) -> read(origin.minusSeconds(86400 * 11), to), NAIVE::predict);

        assertThat(widths.method()).isEqualTo(IntervalMethod.TRAINING);
        assertThat(widths.intervals()).isSameAs(TRAINING);
    }

    @Test
    void nothingAtOrAfterTheOriginIsRead() {
        // the origin lies before the stormy spell: had the widths seen any of it, they would have widened
        Instant origin = SERIES.timeAt(SERIES.size() - 10 * 48);
        RecentCalibration.Widths before = calibration.at(NAIVE, TRAINING, origin, this::read, NAIVE::predict);

        assertThat(reads).isNotEmpty().allSatisfy(r -> assertThat(r[1]).isBeforeOrEqualTo(origin));
        assertThat(mean(before.intervals().halfWidth80())).isLessThan(230.0);
    }

    @Test
    void theWidthsAreComputedOncePerModelSeriesAndOrigin() {
        RecentWidths widths = new RecentWidths(new IntervalProperties(true, 4, 2, 14, 16, Duration.ofDays(7)));
        LoadedModel loaded = new LoadedModel("m", "1", new ModelArtifact(NAIVE, TRAINING));

        RecentCalibration.Widths first = widths.at(loaded, "S", SERIES.end(), this::read, NAIVE::predict);
        RecentCalibration.Widths again = widths.at(loaded, "S", SERIES.end(), this::read, NAIVE::predict);

        assertThat(reads).hasSize(1);
        assertThat(again).isSameAs(first);
        assertThat(new RecentWidths(new IntervalProperties(false, 4, 2, 14, 16, Duration.ofDays(7)))
                        .at(loaded, "S", SERIES.end(), this::read, NAIVE::predict)
                        .method())
                .isEqualTo(IntervalMethod.TRAINING);
        assertThat(reads).hasSize(1);
    }

    @Test
    void widthsServeTheLaterOriginsOfTheirTimeOfDayForTheReuseSpanOnly() {
        RecentWidths widths = new RecentWidths(new IntervalProperties(true, 4, 2, 14, 16, Duration.ofDays(7)));
        LoadedModel loaded = new LoadedModel("m", "1", new ModelArtifact(NAIVE, TRAINING));
        Instant origin = SERIES.timeAt(9 * WEEK);

        RecentCalibration.Widths first = widths.at(loaded, "S", origin, this::read, NAIVE::predict);
        // the same time of day 1 and 6 days later: reused, nothing read (they may not read after their own origin,
        // and these widths read only what came before the earlier origin)
        assertThat(widths.at(loaded, "S", origin.plus(Duration.ofDays(1)), this::read, NAIVE::predict))
                .isSameAs(first);
        assertThat(widths.at(loaded, "S", origin.plus(Duration.ofDays(6)), this::read, NAIVE::predict))
                .isSameAs(first);
        assertThat(reads).hasSize(1);
        // another time of day, a day earlier (reuse would read after its origin) and 7 days later: worked out again
        widths.at(loaded, "S", origin.plus(Duration.ofMinutes(30)), this::read, NAIVE::predict);
        widths.at(loaded, "S", origin.minus(Duration.ofDays(1)), this::read, NAIVE::predict);
        RecentCalibration.Widths week =
                widths.at(loaded, "S", origin.plus(Duration.ofDays(7)), this::read, NAIVE::predict);
        assertThat(reads).hasSize(4);
        assertThat(week).isNotSameAs(first);
        assertThat(reads.get(3)[1]).isEqualTo(origin.plus(Duration.ofDays(7)));
    }

    HalfHourlySeries read(Instant from, Instant to) {
        reads.add(new Instant[] {from, to});
        int a = (int) Math.max(0, SERIES.indexOf(from));
        int b = (int) Math.min(SERIES.size(), SERIES.indexOf(to));
        return SERIES.slice(a, b);
    }

    /** A weekly pattern plus noise of sd 100, 400 from {@code stormFrom} on. */
    static HalfHourlySeries series(int n, int stormFrom) {
        Random random = new Random(7);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            double pattern = 30000 + 5000 * Math.sin(2 * Math.PI * i / 48) + 2000 * Math.sin(2 * Math.PI * i / WEEK);
            v[i] = pattern + (i >= stormFrom ? 400 : 100) * random.nextGaussian();
        }
        return new HalfHourlySeries("S", START, v);
    }

    static double[] flat(double width) {
        double[] w = new double[96];
        Arrays.fill(w, width);
        return w;
    }

    static double mean(double[] values) {
        return Arrays.stream(values).average().orElseThrow();
    }
}
