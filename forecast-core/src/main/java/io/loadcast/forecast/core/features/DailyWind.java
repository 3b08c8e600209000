package io.loadcast.forecast.core.features;

/**
 * The wind of one local day from hourly rows, as the day-ahead wind stage uses it: GB demand is net of embedded wind
 * generation, which follows a turbine's power curve rather than the wind speed itself.
 *
 * @param speed mean wind speed 10 m above ground, m/s
 * @param power mean over the day's hours of {@link #power(double)}, 0-1
 */
public record DailyWind(double speed, double power) {

    /** 10 m to about 80 m hub height by the 1/7 power law. */
    private static final double HUB = 1.346;

    private static final double CUT_IN = 3;
    private static final double RATED = 12;
    private static final double CUT_OUT = 25;

    /**
     * A generic turbine's share of rated output at a 10 m wind speed (m/s): 0 below cut-in (3 m/s at hub height),
     * cubic to rated (12 m/s), 1 up to cut-out (25 m/s), 0 above. Fixed before any scoring (see forecast-service's
     * README), not fitted.
     */
    public static double power(double speed10m) {
        double v = speed10m * HUB;
        if (v < CUT_IN || v >= CUT_OUT) {
            return 0;
        }
        return v < RATED
                ? (v * v * v - CUT_IN * CUT_IN * CUT_IN) / (RATED * RATED * RATED - CUT_IN * CUT_IN * CUT_IN)
                : 1;
    }
}
