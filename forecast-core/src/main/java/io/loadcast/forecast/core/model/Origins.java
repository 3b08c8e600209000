package io.loadcast.forecast.core.model;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Training origins: (series, index) where a full look-back window lies before the origin and a full
 * horizon from it, every {@code stride} half-hours.
 */
record Origins(List<Origins.Origin> pairs) {

    /** A training origin: {@code index} in {@code series}-th series. */
    record Origin(int series, int index) {}

    static Origins of(List<HalfHourlySeries> series, int lookback, int horizon, int stride) {
        return of(series, lookback, horizon, stride, t -> true);
    }

    /** Only origins whose start instant passes {@code keep}, e.g. a day-ahead model's issue times. */
    static Origins of(List<HalfHourlySeries> series, int lookback, int horizon, int stride, Predicate<Instant> keep) {
        List<Origin> pairs = new ArrayList<>();
        for (int s = 0; s < series.size(); s++) {
            int size = series.get(s).size();
            for (int origin = lookback; origin + horizon <= size; origin += stride) {
                if (keep.test(series.get(s).timeAt(origin))) {
                    pairs.add(new Origin(s, origin));
                }
            }
        }
        if (pairs.isEmpty()) {
            throw new IllegalArgumentException(
                    "too little history: need at least " + (lookback + horizon) + " half-hours in one series to train");
        }
        return new Origins(pairs);
    }

    int size() {
        return pairs.size();
    }
}
