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
    /** No comparison: no champion yet, no metric, no comparable evidence, or a human approval. */
    NONE
}
