package io.loadcast.forecast.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.evaluation.Backtest;
import io.loadcast.forecast.core.evaluation.BacktestResult;
import io.loadcast.forecast.core.evaluation.ForecastErrors;
import io.loadcast.forecast.core.model.ForecastModel;
import io.loadcast.forecast.core.model.ModelCodec;
import io.loadcast.forecast.core.model.ModelFamily;
import io.loadcast.forecast.core.model.RLinearEnsembleModel;
import io.loadcast.forecast.core.model.RLinearModel;
import io.loadcast.forecast.core.model.RidgeSpec;
import io.loadcast.forecast.core.model.Trainers;
import io.loadcast.forecast.core.model.TrainingContext;
import io.loadcast.forecast.core.model.TrainingSpec;
import io.loadcast.forecast.core.model.UnreadableModelException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** The fixed ensemble of RLinear maps over three look-backs. */
class RLinearEnsembleModelTest {

    static final TrainingContext CONTEXT = new TrainingContext("ds-rlinear-ensemble", "test");
    static final TrainingSpec SPEC = ((RidgeSpec) TrainingSpec.defaults(ModelFamily.RLINEAR_ENSEMBLE))
            .withLookback(96)
            .withHorizon(48);

    private static ForecastModel trained;

    /** One training shared by the tests that only read the model (training takes a few seconds). */
    static synchronized ForecastModel model() {
        if (trained == null) {
            trained = train();
        }
        return trained;
    }

    static ForecastModel train() {
        List<Integer> epochs = new ArrayList<>();
        ForecastModel model = Trainers.forFamily(ModelFamily.RLINEAR_ENSEMBLE)
                .train(RLinearModelTest.training(), SPEC, CONTEXT, (epoch, of, loss) -> epochs.add(epoch));
        assertThat(epochs).containsExactly(1, 2, 3);
        return model;
    }

    @Test
    void membersFollowTheLiteratureLookbacksScaledToTheLongest() {
        assertThat(RLinearEnsembleModel.memberLookbacks(720)).containsExactly(336, 512, 720);
        assertThat(RLinearEnsembleModel.memberLookbacks(96)).containsExactly(45, 68, 96);
        assertThat(TrainingSpec.defaults(ModelFamily.RLINEAR_ENSEMBLE).lookback())
                .isEqualTo(720);
    }

    @Test
    void forecastsTheMeanOfItsMembersAndBeatsSeasonalNaiveOnEverySeries() {
        RLinearEnsembleModel model = (RLinearEnsembleModel) model();
        HalfHourlySeries first = RLinearModelTest.training().get(0);
        double[] forecast = model.predict(first.values(), first.end(), 48);
        double[] mean = new double[48];
        for (RLinearModel member : model.members()) {
            assertThat(((RidgeSpec) member.provenance().spec()).ridge())
                    .as("penalty chosen per member")
                    .isPositive();
            double[] out = member.predict(first.values(), first.end(), 48);
            for (int h = 0; h < 48; h++) {
                mean[h] += out[h] / 3;
            }
        }
        assertThat(model.members()).extracting(ForecastModel::lookback).containsExactly(45, 68, 96);
        for (int h = 0; h < 48; h++) {
            assertThat(forecast[h]).isCloseTo(mean[h], within(1e-9));
        }

        for (HalfHourlySeries s : RLinearModelTest.series()) {
            double scale = ForecastErrors.seasonalNaiveScale(
                    s.slice(0, s.size() - RLinearModelTest.BACKTEST).values(), HalfHourlySeries.STEPS_PER_WEEK);
            BacktestResult result = Backtest.run(model, List.of(s), RLinearModelTest.BACKTEST, 48, 12, scale);
            assertThat(result.errors().mae())
                    .as(s.seriesId())
                    .isLessThan(result.baseline().mae());
        }
    }

    @Test
    void sameDataGiveTheSameModelAndItReloads() {
        ForecastModel a = model();
        ForecastModel b = train();
        HalfHourlySeries s = RLinearModelTest.training().get(2);

        assertThat(b.predict(s.values(), s.end(), 48)).containsExactly(a.predict(s.values(), s.end(), 48));
        ForecastModel reloaded = ModelCodec.read(ModelCodec.write(a));
        assertThat(reloaded).isInstanceOf(RLinearEnsembleModel.class);
        assertThat(reloaded.provenance()).isEqualTo(a.provenance());
        assertThat(((RLinearEnsembleModel) reloaded).members())
                .extracting(m -> ((RidgeSpec) m.provenance().spec()).ridge())
                .isEqualTo(((RLinearEnsembleModel) a)
                        .members().stream()
                                .map(m -> ((RidgeSpec) m.provenance().spec()).ridge())
                                .toList());
        assertThat(reloaded.predict(s.values(), s.end(), 48)).containsExactly(a.predict(s.values(), s.end(), 48));
    }

    @Test
    void forecastReadsOnlyTheLongestLookbackBeforeTheOrigin() {
        ForecastModel model = ModelCodec.read(ModelCodec.write(model()));
        double[] history = RLinearModelTest.training().get(1).values();
        Instant origin = RLinearModelTest.training().get(1).end();
        double[] forecast = model.predict(history, origin, 48);

        double[] olderChanged = history.clone();
        Arrays.fill(olderChanged, 0, history.length - 96, Double.NaN);
        double[] edgeOfLongest = history.clone();
        edgeOfLongest[history.length - 96] += 5000;

        assertThat(model.predict(olderChanged, origin, 48)).containsExactly(forecast);
        assertThat(model.predict(edgeOfLongest, origin, 48)).isNotEqualTo(forecast);
        assertThatThrownBy(() -> model.predict(Arrays.copyOf(history, 95), origin, 48))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesASavedEnsembleWhoseMembersDoNotMatchItsLookback() throws Exception {
        byte[] saved = ModelCodec.write(model());
        byte[] longer = withProvenance(saved, p -> p.replace("\"lookback\":96", "\"lookback\":120"));

        assertThatThrownBy(() -> ModelCodec.read(longer))
                .isInstanceOf(UnreadableModelException.class)
                .hasMessageContaining("expected look-back 56");
    }

    /** The archive with its provenance.json rewritten. */
    static byte[] withProvenance(byte[] archive, UnaryOperator<String> edit) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(archive));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("provenance.json")) {
                    String json = new String(content, StandardCharsets.UTF_8);
                    assertThat(json).contains("\"lookback\":96");
                    content = edit.apply(json).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
