package io.loadcast.forecast.core.model;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.features.WeatherDays;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code auto}'s validation: each candidate family trained with its defaults on the series minus their last {@code
 * span} periods, forecasting from origins every 12 h in that span (history strictly before each origin, inputs
 * gap-filled) and scored on the observed periods there ({@link ValidationForecasts}). Weather-aware candidates are
 * trained with the stored weather and validated with it standing in for the forecast. A net family is validated
 * as one net (its first member, the seed asked for): the family's default of two seed members applies only when the
 * chosen families are refitted, which halves the nets' validation cost (session 9's GB ranking was measured with
 * single nets, see the README).
 */
public final class AutoValidation {

    private static final Logger log = LoggerFactory.getLogger(AutoValidation.class);

    private AutoValidation() {}

    /** The observed values the candidates are scored against (NaN: no reading) and every candidate scored. */
    public record Result(double[] actuals, List<AutoChoice.Scored> scored) {}

    /** The validation span on {@code observed}: the last quarter of the shortest series, at most {@code max}. */
    public static int span(List<HalfHourlySeries> observed, int max) {
        return Math.min(
                max, observed.stream().mapToInt(HalfHourlySeries::size).min().orElse(0) / 4);
    }

    /**
     * Scores the {@code candidates} that have enough history before the span (the others are skipped); the series
     * may have gaps (NaN). {@code fitted} is handed each candidate's model fitted before the span.
     */
    public static Result run(
            List<HalfHourlySeries> observed,
            TrainingSpec spec,
            Candidates candidates,
            WeatherDays weather,
            int span,
            TrainingContext context,
            BiConsumer<ModelFamily, ForecastModel> fitted) {
        int shortest = observed.stream().mapToInt(HalfHourlySeries::size).min().orElse(0);
        double[] actuals = ValidationForecasts.actuals(observed, span, spec.horizon());
        List<HalfHourlySeries> series =
                observed.stream().map(HalfHourlySeries::filled).toList();
        List<HalfHourlySeries> fit =
                series.stream().map(s -> s.slice(0, s.size() - span)).toList();
        List<AutoChoice.Scored> scored = new ArrayList<>();
        for (ModelFamily family : candidates.families()) {
            TrainingSpec candidate = validated(AutoTrainer.candidate(family, spec));
            if (shortest - span < needs(candidate)) {
                log.info("auto: {} needs {} half-hours before validation, skipped", family, needs(candidate));
                continue;
            }
            ForecastModel model =
                    Trainers.forFamily(family, weather).train(fit, candidate, context, EpochListener.NONE);
            fitted.accept(family, model);
            double[] forecasts = ValidationForecasts.of(withWeather(model, weather), series, span, spec.horizon());
            scored.add(new AutoChoice.Scored(family, forecasts, ValidationForecasts.mape(actuals, forecasts)));
            log.info(
                    "auto: {} validation MAPE {}%",
                    family, scored.get(scored.size() - 1).mape());
        }
        return new Result(actuals, scored);
    }

    /** The spec a candidate is validated with: a net family's first member alone, any other as it is. */
    static TrainingSpec validated(TrainingSpec candidate) {
        return candidate instanceof RecurrentSpec nets ? nets.member(0) : candidate;
    }

    /**
     * A weather-aware candidate forecasting with the actuals as its weather forecast (as backtests score it; this
     * flatters it by the weather forecast's error, see the README), any other candidate as it is.
     */
    private static ForecastModel withWeather(ForecastModel model, WeatherDays weather) {
        return model instanceof WeatherAwareModel aware && aware.usesWeather() ? aware.withWeather(weather) : model;
    }

    /**
     * Half-hours of history before the validation span the candidate needs to train: a direct net's input history
     * (its look-back, and the week it scales by, two with the day-type inputs of formats 4 and 5 when the family
     * default takes them) and two horizons (a training window and its own early-stopping span).
     */
    static int needs(TrainingSpec candidate) {
        int history = candidate instanceof RecurrentSpec
                ? new DirectLayout(false, DirectFit.CALENDAR_INPUTS).history(candidate.lookback())
                : candidate.lookback();
        return history + 2 * candidate.horizon();
    }
}
