package io.loadcast.forecast.core.model;

import io.loadcast.forecast.core.features.WeatherDays;
import java.time.Instant;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/** The trainer of each model family. */
public final class Trainers {

    private Trainers() {}

    /** The linear trainer fitted only on origins that pass {@code keepOrigin} (a day-ahead model's issue times). */
    public static Trainer linearAt(Predicate<Instant> keepOrigin) {
        return new LinearTrainer(keepOrigin);
    }

    /** The day-ahead regression fitted only on origins that pass {@code keepOrigin}, e.g. 09:00 local issue times. */
    public static Trainer dayAheadAt(Predicate<Instant> keepOrigin) {
        return new DayAheadTrainer(keepOrigin);
    }

    /**
     * The day-ahead regression with a weather correction fitted on the days of {@code weather} (stored actuals) that
     * the training data covers, on origins that pass {@code keepOrigin}; without enough such days, the plain model.
     */
    public static Trainer dayAheadWithWeather(Predicate<Instant> keepOrigin, WeatherDays weather) {
        return guarded(ModelFamily.DAY_AHEAD, new DayAheadTrainer(keepOrigin, weather));
    }

    /**
     * The direct {@code lstm} or {@code gru} network that also takes the horizon's weather, trained on {@code weather}
     * (stored actuals) where the training data has it; with fewer than 60 such days, the plain network.
     */
    public static Trainer recurrentWithWeather(ModelFamily family, WeatherDays weather) {
        return switch (family) {
            case LSTM, GRU -> recurrent(family, weather, DirectFit.CALENDAR_INPUTS);
            default -> throw new IllegalArgumentException(family + " takes no weather inputs");
        };
    }

    /**
     * The direct {@code lstm} or {@code gru} network with ({@code calendarInputs}) or without the day-type inputs of
     * saved formats 4 and 5, and with the horizon's weather when {@code weather} (stored actuals) is given and covers
     * 60 days of the training data; the family's trainers use the default ({@link #forFamily}).
     */
    public static Trainer recurrent(ModelFamily family, @Nullable WeatherDays weather, boolean calendarInputs) {
        return switch (family) {
            case LSTM, GRU -> guarded(family, new DirectTrainer(weather, calendarInputs));
            default -> throw new IllegalArgumentException(family + " is not a recurrent family");
        };
    }

    /** The family's trainer; running out of memory ends its training with a {@link TrainingFailedException}. */
    public static Trainer forFamily(ModelFamily family) {
        return guarded(family, unguarded(family));
    }

    /**
     * The family's trainer given the stored weather actuals over the training data: the weather-aware trainer for a
     * family that takes weather ({@link #takesWeather}), {@code auto} and {@code ensemble} handing the weather to
     * their candidates; any other family, or no weather, trains as {@link #forFamily(ModelFamily)}.
     */
    public static Trainer forFamily(ModelFamily family, WeatherDays weather) {
        if (weather.isEmpty()) {
            return forFamily(family);
        }
        return switch (family) {
            case DAY_AHEAD -> dayAheadWithWeather(t -> true, weather);
            case LSTM, GRU -> recurrentWithWeather(family, weather);
            case AUTO -> guarded(family, new AutoTrainer(false, weather));
            case ENSEMBLE -> guarded(family, new AutoTrainer(true, weather));
            default -> forFamily(family);
        };
    }

    /** Whether a run of {@code family} reads the stored weather: itself, or as the candidates it may choose. */
    public static boolean takesWeather(ModelFamily family) {
        return switch (family) {
            case DAY_AHEAD, LSTM, GRU, AUTO, ENSEMBLE -> true;
            default -> false;
        };
    }

    /** {@code trainer}, with running out of memory turned into a {@link TrainingFailedException}. */
    public static Trainer guarded(ModelFamily family, Trainer trainer) {
        return new GuardedTrainer(family, trainer);
    }

    private static Trainer unguarded(ModelFamily family) {
        return switch (family) {
            case SEASONAL_NAIVE -> SeasonalNaive.TRAINER;
            case LINEAR -> new LinearTrainer(t -> true);
            case LSTM, GRU -> new DirectTrainer();
            case DAY_AHEAD -> new DayAheadTrainer(t -> true);
            case RLINEAR -> new RLinearTrainer();
            case RLINEAR_ENSEMBLE -> new RLinearEnsembleTrainer();
            case AUTO -> new AutoTrainer(false, WeatherDays.NONE);
            case ENSEMBLE -> new AutoTrainer(true, WeatherDays.NONE);
        };
    }
}
