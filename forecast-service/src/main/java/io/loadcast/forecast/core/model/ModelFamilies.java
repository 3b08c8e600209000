package io.loadcast.forecast.core.model;

import java.util.List;

/** Names of the model families. */
public final class ModelFamilies {

    public static final String SEASONAL_NAIVE = "seasonal-naive";
    public static final String LINEAR = "linear";
    public static final String LSTM = "lstm";
    public static final String GRU = "gru";
    public static final String DAY_AHEAD = "day-ahead";
    public static final String RLINEAR = "rlinear";
    public static final String RLINEAR_ENSEMBLE = "rlinear-ensemble";
    /** Trains the candidate families, keeps the one with the lowest validation error (see {@code AutoTrainer}). */
    public static final String AUTO = "auto";

    public static final List<String> ALL =
            List.of(SEASONAL_NAIVE, LINEAR, LSTM, GRU, DAY_AHEAD, RLINEAR, RLINEAR_ENSEMBLE, AUTO);

    private ModelFamilies() {}
}
