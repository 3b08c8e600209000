package io.loadcast.forecast.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import io.loadcast.forecast.core.artifact.ModelArtifact;
import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.evaluation.Backtest;
import io.loadcast.forecast.core.evaluation.BacktestResult;
import io.loadcast.forecast.core.evaluation.ForecastErrors;
import io.loadcast.forecast.testing.RegistryStub;
import io.loadcast.forecast.testing.RunningServiceTest;
import io.loadcast.forecast.testing.SyntheticDemand;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A retrain backtests the champion of the time on its own window and data, and logs why when it cannot, so that
 * registry-service's policy can compare versions trained on different datasets.
 */
class ChampionBacktestTest extends RunningServiceTest {

    static final Instant START = Instant.parse("2024-03-04T00:00:00Z");
    static final int DAY = HalfHourlySeries.STEPS_PER_DAY;
    static final int WEEK = HalfHourlySeries.STEPS_PER_WEEK;

    private JsonNode trainOnDataset(String datasetId, String seriesId, String model, String hyperparameters)
            throws Exception {
        JsonNode run = http.train("""
                {"seriesIds":["%s"],"datasetId":"%s","model":"linear","modelName":"%s",
                 "hyperparameters":{"backtestWeeks":"1"%s}}""".formatted(seriesId, datasetId, model, hyperparameters));
        assertThat(run.path("status").asString()).as(run.toString()).isEqualTo("SUCCEEDED");
        return run;
    }

    private RegistryStub.Run registryRun(JsonNode run) {
        return registry.run(run.path("registryRunId").asString());
    }

    @Test
    void aRetrainOnANewerDatasetLogsTheChampionMeasuredOnItsOwnWindow() throws Exception {
        HalfHourlySeries all = SyntheticDemand.series("CHAMP", START, 35, 51);
        HalfHourlySeries older = all.slice(0, 21 * DAY);
        HalfHourlySeries newer = all.slice(7 * DAY, 35 * DAY);
        ingest.putDataset("champ-older", "sha256:older", older);
        ingest.putDataset("champ-newer", "sha256:newer", newer);

        JsonNode first = trainOnDataset("champ-older", "CHAMP", "forecast-champ", "");
        assertThat(registry.alias("forecast-champ", "champion"))
                .isEqualTo(first.path("modelVersion").asString());
        assertThat(registryRun(first).tags())
                .containsEntry(ChampionBacktest.BACKTEST_TAG, ChampionBacktest.NOT_MEASURED)
                .containsEntry(ChampionBacktest.REASON_TAG, "the model has no champion yet");

        JsonNode second = trainOnDataset("champ-newer", "CHAMP", "forecast-champ", ",\"ridge\":\"0.1\"");

        RegistryStub.Run run = registryRun(second);
        assertThat(run.tags())
                .containsEntry(
                        ChampionBacktest.VERSION_TAG, first.path("modelVersion").asString())
                .containsEntry(ChampionBacktest.BACKTEST_TAG, ChampionBacktest.SAME_WINDOW)
                .doesNotContainKey(ChampionBacktest.REASON_TAG);
        // the champion's artifact on the challenger's window: the newer data's last week, the same origins
        BacktestResult expected = Backtest.run(
                ModelArtifact.fromBytes(registry.artifactOf(
                                "forecast-champ", first.path("modelVersion").asString()))
                        .model(),
                List.of(newer),
                WEEK,
                96,
                DAY / 2,
                ForecastErrors.seasonalNaiveScale(
                        newer.slice(0, newer.size() - WEEK).values(), WEEK));
        assertThat(expected.origins()).isEqualTo(second.at("/backtest/origins").asInt());
        assertThat(run.metrics().get("champion_mape"))
                .isCloseTo(expected.errors().mape(), offset(1e-9));
        assertThat(run.metrics().get("champion_mae"))
                .isCloseTo(expected.errors().mae(), offset(1e-9));
        assertThat(run.metrics().get("champion_mase"))
                .isCloseTo(expected.errors().mase(), offset(1e-9));
        assertThat(run.metrics())
                .containsKeys("champion_smape", "champion_rmse", "champion_coverage_80", "champion_coverage_95");
        // not the champion's own figure, which was measured on the older data's last week
        assertThat(run.metrics().get("champion_mape"))
                .isNotCloseTo(first.at("/backtest/mape").asDouble(), offset(1e-6));
        assertThat(run.metrics().get("mape")).isNotCloseTo(run.metrics().get("champion_mape"), offset(1e-6));
    }

    @Test
    void saysWhyWhenTheChampionWasTrainedOnOtherSeries() throws Exception {
        HalfHourlySeries a = SyntheticDemand.series("CROSS-A", START, 21, 52);
        HalfHourlySeries b = SyntheticDemand.series("CROSS-B", START, 21, 53, 0.5);
        ingest.putDataset("cross-a", "sha256:a", a);
        ingest.putDataset("cross-b", "sha256:b", b);
        trainOnDataset("cross-a", "CROSS-A", "forecast-cross", "");

        RegistryStub.Run run = registryRun(trainOnDataset("cross-b", "CROSS-B", "forecast-cross", ""));

        assertThat(run.tags())
                .containsEntry(ChampionBacktest.VERSION_TAG, "1")
                .containsEntry(ChampionBacktest.BACKTEST_TAG, ChampionBacktest.NOT_MEASURED);
        assertThat(run.tags().get(ChampionBacktest.REASON_TAG))
                .isEqualTo("champion version 1 was trained on other series [CROSS-A], not CROSS-B");
        assertThat(run.metrics().keySet()).noneMatch(k -> k.startsWith("champion_"));
    }

    @Test
    void saysWhyWhenTheWindowHasTooLittleHistoryForTheChampionsLookBack() throws Exception {
        HalfHourlySeries all = SyntheticDemand.series("LONG", START, 28, 54);
        ingest.putDataset("long-all", "sha256:all", all);
        ingest.putDataset("long-recent", "sha256:recent", all.slice(14 * DAY, 28 * DAY));
        trainOnDataset("long-all", "LONG", "forecast-long", ",\"lookback\":\"672\"");

        RegistryStub.Run run =
                registryRun(trainOnDataset("long-recent", "LONG", "forecast-long", ",\"lookback\":\"96\""));

        assertThat(run.tags()).containsEntry(ChampionBacktest.BACKTEST_TAG, ChampionBacktest.NOT_MEASURED);
        assertThat(run.tags().get(ChampionBacktest.REASON_TAG))
                .contains("too little history in LONG")
                .contains("look-back of 672");
        assertThat(run.metrics().keySet()).noneMatch(k -> k.startsWith("champion_"));
    }
}
