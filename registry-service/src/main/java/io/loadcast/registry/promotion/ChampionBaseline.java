package io.loadcast.registry.promotion;

import org.jspecify.annotations.Nullable;

/**
 * The champion figure a challenger is compared with, strongest evidence first: the champion backtested on the
 * challenger's own window (when the challenger's run measured the current champion), else the champion's own run
 * metric on the same dataset, else none, with the reason.
 *
 * @param championValue the champion's metric, null when {@code evidence} is NONE
 * @param missing why there is no comparable figure, blank otherwise
 */
record ChampionBaseline(
        PromotionEvidence evidence, @Nullable Double championValue, String missing) {

    static ChampionBaseline choose(
            RunEvidence challenger, String championVersion, RunEvidence champion, String metricKey) {
        if (challenger.championVersion().equals(championVersion)
                && challenger.championMetric().isPresent()) {
            return new ChampionBaseline(
                    PromotionEvidence.SAME_WINDOW, challenger.championMetric().getAsDouble(), "");
        }
        if (champion.metric().isPresent()
                && !challenger.datasetHash().isEmpty()
                && champion.datasetHash().equals(challenger.datasetHash())) {
            return new ChampionBaseline(
                    PromotionEvidence.SAME_DATASET, champion.metric().getAsDouble(), "");
        }
        String missing = "champion and challenger were not measured with '" + metricKey + "' on the same dataset (tag "
                + RunEvidence.DATASET_HASH_TAG + ")";
        if (challenger.championVersion().isEmpty()) {
            missing += ", and the challenger's run has no same-window backtest of the champion ("
                    + RunEvidence.CHAMPION_METRIC_PREFIX + metricKey + " with tag "
                    + RunEvidence.CHAMPION_BACKTEST_TAG + "=" + RunEvidence.SAME_WINDOW + ")";
        } else if (!challenger.championVersion().equals(championVersion)) {
            missing += ", and the challenger's same-window backtest measured version " + challenger.championVersion()
                    + ", not the champion " + championVersion;
        } else {
            missing += ", and the challenger's same-window backtest of the champion has no "
                    + RunEvidence.CHAMPION_METRIC_PREFIX + metricKey;
        }
        return new ChampionBaseline(PromotionEvidence.NONE, null, missing);
    }
}
