package io.loadcast.forecast.core.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What to train and how: one record per model family with that family's own hyperparameters, each checked by its
 * compact constructor ({@link InvalidSpecException} names the field), and the seed that makes it repeatable.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "family")
@JsonSubTypes({
    @JsonSubTypes.Type(value = SeasonalNaiveSpec.class, name = "seasonal-naive"),
    @JsonSubTypes.Type(value = LinearSpec.class, name = "linear"),
    @JsonSubTypes.Type(value = LstmSpec.class, name = "lstm"),
    @JsonSubTypes.Type(value = GruSpec.class, name = "gru"),
    @JsonSubTypes.Type(value = DayAheadSpec.class, name = "day-ahead"),
    @JsonSubTypes.Type(value = RLinearSpec.class, name = "rlinear"),
    @JsonSubTypes.Type(value = RLinearEnsembleSpec.class, name = "rlinear-ensemble"),
    @JsonSubTypes.Type(value = AutoSpec.class, name = "auto"),
    @JsonSubTypes.Type(value = EnsembleSpec.class, name = "ensemble")
})
public sealed interface TrainingSpec permits SeasonalNaiveSpec, AutoSpec, EnsembleSpec, RidgeSpec, RecurrentSpec {

    ModelFamily family();

    /** Half-hours of history fed to the model. */
    int lookback();

    /** Half-hours forecast. */
    int horizon();

    /** Half-hours between consecutive training origins. */
    int stride();

    /** The seed of every random choice. */
    long seed();

    TrainingSpec withHorizon(int newHorizon);

    TrainingSpec withSeed(long newSeed);

    /** The family's defaults. */
    static TrainingSpec defaults(ModelFamily family) {
        return switch (family) {
            case SEASONAL_NAIVE -> new SeasonalNaiveSpec(96, 42);
            case LINEAR -> new LinearSpec(336, 96, 1e-3, 1, 42);
            // members 2: two seeds averaged, chosen on 2023 validation (README "Seed averaging")
            case LSTM -> new LstmSpec(96, 96, 10, 0.003, 32, 128, 8, 42, 2);
            case GRU -> new GruSpec(96, 96, 10, 0.003, 32, 128, 8, 42, 2);
            // ridge 0: chosen on the last year of the training data; origins every 3 hours
            case DAY_AHEAD -> new DayAheadSpec(720, 96, 0, 6, 42);
            // ridge 0: chosen on the last quarter of each series
            case RLINEAR -> new RLinearSpec(336, 96, 0, 1, 42);
            // members at look-backs 336, 512, 720; ridge 0: chosen per member as rlinear does
            case RLINEAR_ENSEMBLE -> new RLinearEnsembleSpec(720, 96, 0, 1, 42);
            case AUTO -> new AutoSpec(96, 42);
            case ENSEMBLE -> new EnsembleSpec(720, 96, 42);
        };
    }

    /** The names of the family's hyperparameters (its record's components), as requests spell them. */
    static List<String> keys(ModelFamily family) {
        return Arrays.stream(defaults(family).getClass().getRecordComponents())
                .map(RecordComponent::getName)
                .toList();
    }

    /** The run params logged to the registry: {@code family} and each hyperparameter, snake_case. */
    default Map<String, String> asParams() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("family", family().slug());
        for (RecordComponent c : getClass().getRecordComponents()) {
            try {
                params.put(
                        snakeCase(c.getName()), String.valueOf(c.getAccessor().invoke(this)));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return params;
    }

    /** {@code learningRate} -> {@code learning_rate}. */
    static String snakeCase(String camel) {
        return camel.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
    }
}
