package io.loadcast.registry.promotion;

/** Which measurement of the champion a promotion decision compared the challenger with. */
public enum PromotionEvidence {
    /**
     * The champion's {@code champion_<metric>}, backtested by the challenger's trainer on the challenger's own
     * window and data (run tags {@code loadcast.champion_version} = the current champion and
     * {@code loadcast.champion_backtest} = {@code same-window}).
     */
    SAME_WINDOW,
    /** The champion's own run metric, both runs tagged with the same {@code loadcast.dataset_hash}. */
    SAME_DATASET,
    /**
     * A first version (no champion yet) against the weekly seasonal-naive forecast on its own backtest origins
     * ({@code baseline_<metric>} of its run): it must beat it by the policy's margin.
     */
    SEASONAL_NAIVE,
    /** No comparison: no metric, no comparable evidence, or a human approval. */
    NONE
}
