package io.loadcast.forecast.training;

import io.loadcast.forecast.core.evaluation.ForecastErrors;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a run logs in the registry: its params (recipe and lineage) and its backtest metrics. */
final class RunRecord {

    private RunRecord() {}

    /** The spec's own hyperparameters (a retrain reads them back), the series, the data and the code. */
    static Map<String, String> params(TrainingCommand command, TrainingData data, String codeVersion) {
        Map<String, String> params = new LinkedHashMap<>(command.spec().asParams());
        params.put("series_ids", String.join(",", command.seriesIds()));
        params.put("dataset_id", data.datasetId());
        params.put("dataset_hash", data.hash());
        params.put("code_version", codeVersion);
        params.put("backtest_weeks", Integer.toString(command.backtestWeeks()));
        return params;
    }

    /**
     * The run's backtest figures, and the weekly seasonal-naive forecast's on the same origins as
     * {@code baseline_<metric>}, which the registry's policy makes a first version beat.
     */
    static Map<String, Double> metrics(BacktestSummary s, ForecastErrors naive) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("mae", s.mae());
        m.put("mape", s.mape());
        m.put("smape", s.smape());
        m.put("mase", s.mase());
        m.put("rmse", s.rmse());
        m.put("baseline_mape", s.baselineMape());
        m.put("baseline_mae", naive.mae());
        m.put("baseline_smape", naive.smape());
        m.put("baseline_mase", naive.mase());
        m.put("baseline_rmse", naive.rmse());
        m.put("coverage_80", s.coverage80());
        m.put("coverage_95", s.coverage95());
        for (int h = 0; h < s.maeByStep().length; h++) {
            m.put("mae_step_" + (h + 1), s.maeByStep()[h]);
        }
        return m;
    }
}
