package io.loadcast.forecast.core.evaluation;

/** Where a served forecast's interval widths came from. */
public enum IntervalMethod {
    /** the training run's split-conformal widths, calibrated on its backtest weeks ({@link ConformalIntervals}) */
    TRAINING,
    /** the model's own errors over the recent weeks before the origin ({@link RecentIntervals#perStep}) */
    RECENT
}
