package io.loadcast.forecast.core.evaluation;

/**
 * One forecast beside what happened: {@code actual[h]} and {@code forecast[h]} are step {@code h} from the origin.
 * A step whose actual is NaN had no reading (a gap the series was filled over): it is not scored.
 *
 * @param actual the values that followed the origin, NaN where no reading was observed
 * @param forecast the forecast from the history before it, of the same length
 */
public record ScoredForecast(double[] actual, double[] forecast) {

    public ScoredForecast {
        if (actual.length != forecast.length) {
            throw new IllegalArgumentException("actual has " + actual.length + " steps, forecast " + forecast.length);
        }
    }

    public int steps() {
        return actual.length;
    }

    /** Whether step {@code h} had a real reading to score against. */
    public boolean observed(int h) {
        return !Double.isNaN(actual[h]);
    }

    /** {@code forecast[h] - actual[h]}. */
    public double error(int h) {
        return forecast[h] - actual[h];
    }
}
