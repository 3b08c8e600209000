package io.loadcast.forecast.serving;

import io.loadcast.forecast.ForecastProperties;
import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.model.ForecastModel;
import io.loadcast.forecast.core.model.WeatherAwareModel;
import io.loadcast.forecast.core.model.WeatherForecast;
import io.loadcast.forecast.core.model.WeatherUse;
import io.loadcast.forecast.recent.HistoryBlocks;
import io.loadcast.forecast.recent.RecentReadings;
import io.loadcast.forecast.series.SourceUnavailableException;
import io.loadcast.forecast.series.UnknownSeriesException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Serves forecasts. With an origin, only readings strictly before it are read and used, so an as-of forecast
 * never changes when later readings arrive; without one, the origin is the half-hour after the latest reading.
 */
@Service
public class ForecastService {

    /** History read beyond the model's look-back, so gaps can be filled from a week earlier. */
    private static final int SLACK = HalfHourlySeries.STEPS_PER_WEEK;
    /** Observed per forecast: a timer tagged {@code outcome} ok/error (and the observation's {@code error}). */
    private static final String LATENCY = "loadcast.forecast.serving.latency";

    private final ServingModels models;
    private final HistoryBlocks history;
    private final RecentReadings recent;
    private final ForecastProperties properties;
    private final Clock clock;
    private final ObservationRegistry observations;
    private final ServingWeather weather;
    private final RecentWidths widths;

    ForecastService(
            ServingModels models,
            HistoryBlocks history,
            RecentReadings recent,
            ForecastProperties properties,
            MeterRegistry meters,
            ObservationRegistry observations,
            Clock clock,
            ServingWeather weather,
            RecentWidths widths) {
        this.models = models;
        this.widths = widths;
        this.weather = weather;
        this.history = history;
        this.recent = recent;
        this.properties = properties;
        this.clock = clock;
        this.observations = observations;
        // registered at startup for the dashboards, with the tag keys the observation's timer will carry
        Timer.builder(LATENCY).tags("outcome", "ok", "error", "none").register(meters);
    }

    public Forecast forecast(String seriesId, @Nullable Instant origin, int horizon, @Nullable String version) {
        Observation observation = Observation.createNotStarted(LATENCY, observations)
                .lowCardinalityKeyValue("outcome", "error")
                .start();
        try {
            Forecast forecast = compute(seriesId, origin, horizon, version);
            observation.lowCardinalityKeyValue("outcome", "ok");
            return forecast;
        } catch (RuntimeException e) {
            observation.error(e);
            throw e;
        } finally {
            observation.stop();
        }
    }

    private Forecast compute(String seriesId, @Nullable Instant origin, int horizon, @Nullable String version) {
        Instant now = clock.instant();
        checkRequest(origin, horizon, now);
        LoadedModel loaded = pick(seriesId, origin, horizon, version);
        ForecastModel model = loaded.artifact().model();
        HalfHourlySeries history = history(seriesId, model.lookback(), origin, now);
        double[] filled = history.missingCount() == 0
                ? history.values()
                : history.filled().values();
        Instant effectiveOrigin = history.end();
        WeatherForecast predicted = predict(model, filled, effectiveOrigin, horizon);
        RecentCalibration.Widths served = widths.at(
                loaded,
                seriesId,
                effectiveOrigin,
                (from, to) -> read(seriesId, from, to, origin),
                (past, at, steps) -> pastForecast(model, past, at, steps));
        return new Forecast(
                seriesId,
                effectiveOrigin,
                loaded.name(),
                loaded.version(),
                served.intervals().points(predicted.values(), effectiveOrigin),
                predicted.use(),
                served.method());
    }

    /** A forecast from a past origin for the recent widths: with the weather known then, not counted as served. */
    private double[] pastForecast(ForecastModel model, double[] history, Instant origin, int horizon) {
        if (model instanceof WeatherAwareModel aware && aware.usesWeather()) {
            return aware.predict(history, origin, horizon, weather.at(origin, model.maxHorizon()))
                    .values();
        }
        return model.predict(history, origin, horizon);
    }

    /**
     * A weather-aware model gets the weather known at the origin (the latest forecast issued by then), read for the
     * model's whole horizon: the weather is cached per origin, so a short request first must not leave a longer one
     * that follows without its last days.
     */
    private WeatherForecast predict(ForecastModel model, double[] history, Instant origin, int horizon) {
        if (model instanceof WeatherAwareModel aware && aware.usesWeather()) {
            WeatherForecast forecast = aware.predict(history, origin, horizon, weather.at(origin, model.maxHorizon()));
            weather.count(forecast.use());
            return forecast;
        }
        return new WeatherForecast(model.predict(history, origin, horizon), WeatherUse.NOT_USED);
    }

    private void checkRequest(@Nullable Instant origin, int horizon, Instant now) {
        if (horizon < 1 || horizon > properties.maxHorizon()) {
            throw ForecastRefusedException.horizonOutOfRange(horizon, properties.maxHorizon());
        }
        if (origin != null && origin.isAfter(now)) {
            throw ForecastRefusedException.originInFuture(origin, now);
        }
        if (origin != null && origin.getEpochSecond() % HalfHourlySeries.STEP.getSeconds() != 0) {
            throw ForecastRefusedException.originOffGrid(origin);
        }
    }

    private LoadedModel pick(String seriesId, @Nullable Instant origin, int horizon, @Nullable String version) {
        LoadedModel loaded = models.pick(seriesId, origin, version)
                .orElseThrow(() -> ForecastRefusedException.noModel(seriesId, version));
        if (horizon > loaded.artifact().model().maxHorizon()) {
            throw ForecastRefusedException.horizonBeyondModel(
                    loaded, loaded.artifact().model().maxHorizon());
        }
        return loaded;
    }

    /**
     * The periods before the origin (without one: up to the latest reading), NaN where no reading came; refused
     * when fewer than half of the model's look-back are known.
     */
    private HalfHourlySeries history(String seriesId, int need, @Nullable Instant origin, Instant now) {
        Instant end = origin != null ? origin : now.plus(HalfHourlySeries.STEP);
        HalfHourlySeries raw = read(seriesId, end.minus(HalfHourlySeries.STEP.multipliedBy(need + SLACK)), end, origin);
        if (raw.size() == 0) {
            throw ForecastRefusedException.noHistory(seriesId, need + SLACK, end, origin != null);
        }
        Instant effectiveOrigin = origin != null ? origin : raw.end();
        HalfHourlySeries history = raw.paddedTo(effectiveOrigin);
        if (history.size() < need || history.size() - history.missingCount() < need / 2) {
            throw ForecastRefusedException.tooLittleHistory(seriesId, need, effectiveOrigin, history);
        }
        return history;
    }

    /**
     * From the recent window when it covers the range, else from the history blocks (read from ingest-service once
     * per block): the same readings either way. An as-of read ({@code knownAt} = the origin) takes the values as they
     * were known at the origin: a revision recorded after it is not seen (a range it touches is read from ingest as
     * known then); a latest forecast ({@code knownAt} null) takes the current values.
     */
    private HalfHourlySeries read(String seriesId, Instant from, Instant to, @Nullable Instant knownAt) {
        try {
            return recent.readings(seriesId, from, to, knownAt)
                    .orElseGet(() -> history.readings(seriesId, from, to, knownAt));
        } catch (UnknownSeriesException e) {
            throw ForecastRefusedException.unknownSeries(String.valueOf(e.getMessage()));
        } catch (SourceUnavailableException e) {
            throw ForecastRefusedException.ingestUnavailable(String.valueOf(e.getMessage()));
        }
    }
}
