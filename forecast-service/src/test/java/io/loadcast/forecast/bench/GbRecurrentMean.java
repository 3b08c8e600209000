package io.loadcast.forecast.bench;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.features.DailyWeather;
import io.loadcast.forecast.core.features.WeatherDays;
import io.loadcast.forecast.core.model.EpochListener;
import io.loadcast.forecast.core.model.ForecastModel;
import io.loadcast.forecast.core.model.ModelFamily;
import io.loadcast.forecast.core.model.Trainers;
import io.loadcast.forecast.core.model.TrainingContext;
import io.loadcast.forecast.core.model.TrainingSpec;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The {@code day-ahead} model with its weather correction that {@link GbRecurrentWeatherBenchmark} averages with. */
final class GbRecurrentMean {

    private GbRecurrentMean() {}

    /** {@link GbWeatherBenchmark}'s model: trained on 2015 and {@code recent} before {@code end}, weather actuals. */
    static ForecastModel dayAhead(HalfHourlySeries recent, int end, Map<LocalDate, DailyWeather> actual)
            throws Exception {
        long t0 = System.nanoTime();
        ForecastModel model = Trainers.forFamily(ModelFamily.DAY_AHEAD, new WeatherDays(actual))
                .train(
                        List.of(GbDemandData.years(2015).filled(), recent.slice(0, end)),
                        TrainingSpec.defaults(ModelFamily.DAY_AHEAD),
                        new TrainingContext("gb-demand", "bench"),
                        EpochListener.NONE);
        System.out.printf(
                "day-ahead+weather trained on 2015 and up to %s in %.1f s, format %d%n",
                recent.timeAt(end),
                (System.nanoTime() - t0) / 1e9,
                model.provenance().formatVersion());
        return model;
    }
}
