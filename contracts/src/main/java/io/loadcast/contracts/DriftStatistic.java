package io.loadcast.contracts;

/** Statistics used to compare a live window of inputs with the training reference. */
public enum DriftStatistic {
    /** Two-sample Kolmogorov-Smirnov distance. */
    KS,
    /** Population stability index over reference quantile bins. */
    PSI,
    /** First Wasserstein (earth mover's) distance, scaled by the reference spread. */
    WASSERSTEIN,
    /** Live forecast error compared with the backtest error. */
    LIVE_ERROR
}
