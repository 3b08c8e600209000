package io.loadcast.forecast.core.model;

/**
 * Which inputs a direct LSTM/GRU takes per horizon step, and so its saved format: format 2's ({@link
 * DirectInputs#STEP}), with {@code calendar} also {@link DirectCalendar}'s day-type inputs, with {@code weather} also
 * {@link DirectWeather}'s, in that order.
 */
record DirectLayout(boolean weather, boolean calendar) {

    static final DirectLayout PLAIN = new DirectLayout(false, false);

    /** The layout a saved format reads as (formats 2 to 5). */
    static DirectLayout of(int format) {
        return new DirectLayout(
                format == Provenance.DIRECT_WEATHER_FORMAT || format == Provenance.DIRECT_CALENDAR_WEATHER_FORMAT,
                format >= Provenance.DIRECT_CALENDAR_FORMAT);
    }

    int format() {
        if (calendar) {
            return weather ? Provenance.DIRECT_CALENDAR_WEATHER_FORMAT : Provenance.DIRECT_CALENDAR_FORMAT;
        }
        return weather ? Provenance.DIRECT_WEATHER_FORMAT : Provenance.DIRECT_RECURRENT_FORMAT;
    }

    /** Covariates per horizon step. */
    int step() {
        return DirectInputs.STEP + (calendar ? DirectCalendar.COUNT : 0) + (weather ? DirectWeather.COUNT : 0);
    }

    /** Where a step's weather inputs start within the step. */
    int weatherAt() {
        return DirectInputs.STEP + (calendar ? DirectCalendar.COUNT : 0);
    }

    /** Half-hours of history needed before an origin: the look-back, and the week it scales by (two with calendar). */
    int history(int lookback) {
        return Math.max(lookback, calendar ? DirectCalendar.REACH : DirectInputs.WEEK);
    }
}
