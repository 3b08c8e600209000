package io.loadcast.forecast.core.model;

/** The closed-form families: a look-back, a horizon and an L2 penalty ({@code ridge}; 0 means "choose it"). */
public sealed interface RidgeSpec extends TrainingSpec
        permits LinearSpec, DayAheadSpec, RLinearSpec, RLinearEnsembleSpec {

    /** L2 penalty per sample; 0 = choose it on held-out data (day-ahead, rlinear, rlinear-ensemble). */
    double ridge();

    RidgeSpec withRidge(double newRidge);

    RidgeSpec withLookback(int newLookback);

    /** The checks every ridge family shares. */
    static void check(int lookback, int horizon, double ridge, int stride) {
        InvalidSpecException.positive("lookback", lookback);
        InvalidSpecException.positive("horizon", horizon);
        InvalidSpecException.nonNegative("ridge", ridge);
        InvalidSpecException.positive("stride", stride);
    }
}
