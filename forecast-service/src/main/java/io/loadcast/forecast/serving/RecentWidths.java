package io.loadcast.forecast.serving;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.loadcast.forecast.core.evaluation.IntervalMethod;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The interval widths a forecast is served with: with {@code loadcast.forecast.intervals.recent} (the default), those
 * of {@link RecentCalibration} from the model's errors over the weeks before the origin, computed once per model
 * version, series and origin and kept (an as-of origin's widths never change: they read only what came before it);
 * otherwise, or when the recent forecasts cannot be made, the training run's widths. Recent widths worked out at an
 * origin also serve the later origins of the same time of day for {@code intervals.reuse} (they read only what came
 * before those origins as well), so a series' live forecasts work them out once per time of day per reuse span.
 */
@Component
class RecentWidths {

    private static final Logger log = LoggerFactory.getLogger(RecentWidths.class);
    private static final long DAY = 86_400;

    private record Key(String model, String version, String seriesId, Instant origin) {}

    /** A model version's series at one time of day (UTC): the origins whose past origins are the same days apart. */
    private record Slot(String model, String version, String seriesId, long secondOfDay) {}

    /** Recent widths worked out at {@code origin}. */
    private record WorkedOut(Instant origin, RecentCalibration.Widths widths) {}

    private final boolean enabled;
    private final RecentCalibration calibration;
    private final Duration reuse;
    private final Cache<Key, RecentCalibration.Widths> cache;
    private final Cache<Slot, WorkedOut> latest;

    RecentWidths(IntervalProperties properties) {
        this.enabled = properties.recent();
        this.reuse = properties.reuse();
        this.calibration = new RecentCalibration(properties);
        this.cache = Caffeine.newBuilder().maximumSize(properties.cacheSize()).build();
        this.latest = Caffeine.newBuilder().maximumSize(properties.cacheSize()).build();
    }

    RecentCalibration.Widths at(
            LoadedModel loaded,
            String seriesId,
            Instant origin,
            RecentCalibration.Reader reader,
            RecentCalibration.PastForecast forecast) {
        if (!enabled) {
            return training(loaded);
        }
        Key key = new Key(loaded.name(), loaded.version(), seriesId, origin);
        RecentCalibration.Widths cached = cache.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        // widths worked out at an earlier origin of the same time of day read only what came before this origin too:
        // reusing them for a while keeps the live path (a new origin every half-hour) from re-forecasting 28 days
        Slot slot = new Slot(loaded.name(), loaded.version(), seriesId, Math.floorMod(origin.getEpochSecond(), DAY));
        WorkedOut last = latest.getIfPresent(slot);
        if (last != null
                && !last.origin().isAfter(origin)
                && origin.isBefore(last.origin().plus(reuse))) {
            return last.widths();
        }
        try {
            RecentCalibration.Widths widths =
                    calibration.at(loaded.artifact().model(), loaded.artifact().intervals(), origin, reader, forecast);
            cache.put(key, widths);
            if (widths.method() == IntervalMethod.RECENT) {
                latest.asMap()
                        .merge(
                                slot,
                                new WorkedOut(origin, widths),
                                (a, b) -> b.origin().isAfter(a.origin()) ? b : a);
            }
            return widths;
        } catch (RuntimeException e) {
            // not kept: the next request tries again (e.g. ingest was briefly unavailable)
            log.warn(
                    "recent interval widths of {} at {} not computed, training widths served: {}",
                    seriesId,
                    origin,
                    e.toString());
            return training(loaded);
        }
    }

    private static RecentCalibration.Widths training(LoadedModel loaded) {
        return new RecentCalibration.Widths(loaded.artifact().intervals(), IntervalMethod.TRAINING);
    }
}
