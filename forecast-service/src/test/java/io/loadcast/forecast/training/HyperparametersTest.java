package io.loadcast.forecast.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loadcast.forecast.core.model.AutoSpec;
import io.loadcast.forecast.core.model.Candidates;
import io.loadcast.forecast.core.model.DayAheadSpec;
import io.loadcast.forecast.core.model.LinearSpec;
import io.loadcast.forecast.core.model.LstmSpec;
import io.loadcast.forecast.core.model.ModelFamily;
import io.loadcast.forecast.core.model.TrainingSpec;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** A request's hyperparameters bind onto the family's own spec record; what does not fit names its field. */
class HyperparametersTest {

    @Test
    void bindsTheRequestOverTheFamilysDefaults() {
        Hyperparameters lstm = Hyperparameters.parse(
                ModelFamily.LSTM, Map.of("hidden", "16", "learningRate", " 0.01 ", "backtestWeeks", "2"), 4);
        Hyperparameters linear = Hyperparameters.parse(ModelFamily.LINEAR, Map.of("lookback", "48"), 4);

        assertThat(lstm.spec()).isEqualTo(new LstmSpec(96, 96, 10, 0.01, 16, 128, 8, 42, 2));
        assertThat(lstm.backtestWeeks()).isEqualTo(2);
        assertThat(linear.spec()).isEqualTo(new LinearSpec(48, 96, 1e-3, 1, 42));
        assertThat(linear.backtestWeeks()).isEqualTo(4);
    }

    @ParameterizedTest
    @EnumSource(ModelFamily.class)
    void everyFamilysDefaultsBindToThemselvesAndLogTheirOwnKeysOnly(ModelFamily family) {
        TrainingSpec defaults = TrainingSpec.defaults(family);

        assertThat(Hyperparameters.parse(family, Map.of(), 4).spec()).isEqualTo(defaults);
        assertThat(defaults.family()).isEqualTo(family);
        assertThat(defaults.asParams()).containsEntry("family", family.slug()).containsKeys("horizon", "seed");
    }

    @ParameterizedTest(name = "{0} {1}={2}")
    @CsvSource({
        "linear,    epochs,        3,     unknown-hyperparameter, hyperparameters.epochs",
        "day-ahead, hidden,        8,     unknown-hyperparameter, hyperparameters.hidden",
        "lstm,      depth,         3,     unknown-hyperparameter, hyperparameters.depth",
        "lstm,      hidden,        0,     bad-hyperparameter,     hyperparameters.hidden",
        "gru,       learningRate,  -1,    bad-hyperparameter,     hyperparameters.learningRate",
        "gru,       members,       -2,    bad-hyperparameter,     hyperparameters.members",
        "linear,    members,       2,     unknown-hyperparameter, hyperparameters.members",
        "lstm,      hidden,        many,  bad-hyperparameter,     hyperparameters.hidden",
        "day-ahead, lookback,      336,   bad-hyperparameter,     hyperparameters.lookback",
        "rlinear,   ridge,         -0.5,  bad-hyperparameter,     hyperparameters.ridge",
        "seasonal-naive, horizon,  400,   bad-hyperparameter,     hyperparameters.horizon",
        "linear,    backtestWeeks, 0,     bad-hyperparameter,     hyperparameters.backtestWeeks",
        "lstm,      epochs,        2.5,   bad-hyperparameter,     hyperparameters.epochs",
        "auto,      candidates,    'linear,prophet', bad-hyperparameter, hyperparameters.candidates",
        "auto,      candidates,    'auto,linear', bad-hyperparameter, hyperparameters.candidates",
        "auto,      candidates,    ',',   bad-hyperparameter,     hyperparameters.candidates"
    })
    void namesTheFieldOfWhatDoesNotFit(String family, String key, String value, String slug, String field) {
        assertThatThrownBy(() -> Hyperparameters.parse(ModelFamily.of(family), Map.of(key, value), 4))
                .isInstanceOfSatisfying(
                        BadHyperparameterException.class,
                        e -> assertThat(e.field()).isEqualTo(field))
                .hasMessageContaining(key);
    }

    @Test
    void autoTriesTheCandidatesARequestNamesAndAllWithout() {
        Hyperparameters fast =
                Hyperparameters.parse(ModelFamily.AUTO, Map.of("candidates", "day-ahead, linear,seasonal-naive"), 4);
        Hyperparameters all = Hyperparameters.parse(ModelFamily.AUTO, Map.of(), 4);

        assertThat(((AutoSpec) fast.spec()).candidates().families())
                .containsExactly(ModelFamily.DAY_AHEAD, ModelFamily.LINEAR, ModelFamily.SEASONAL_NAIVE);
        assertThat(fast.spec().asParams()).containsEntry("candidates", "day-ahead,linear,seasonal-naive");
        assertThat(((AutoSpec) all.spec()).candidates()).isEqualTo(Candidates.ALL);
    }

    @Test
    void theDayAheadLookbackMustReachItsLags() {
        assertThatThrownBy(() -> new DayAheadSpec(336, 96, 0, 6, 42))
                .hasMessageContaining("lookback must be at least 720");
    }
}
