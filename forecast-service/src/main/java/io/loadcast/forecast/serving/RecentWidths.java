package io.loadcast.forecast.serving;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.loadcast.forecast.core.evaluation.IntervalMethod;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The interval widths a forecast is served with: with {@code loadcast.forecast.intervals.recent} (the default), those
 * of {@link RecentCalibration} from the model's errors over the weeks before the origin, computed once per model
 * version, series and origin and kept (an as-of origin's widths never change: they read only what came before it);
 * otherwise, or when the recent forecasts cannot be made, the training run's widths.
 */
@Component
class RecentWidths {

    private static final Logger log = LoggerFactory.getLogger(RecentWidths.class);

    private record Key(String model, String version, String seriesId, Instant origin) {}

    private final boolean enabled;
    private final RecentCalibration calibration;
    private final Cache<Key, RecentCalibration.Widths> cache;

    RecentWidths(IntervalProperties properties) {
        this.enabled = properties.recent();
        this.calibration = new RecentCalibration(properties);
        this.cache = Caffeine.newBuilder().maximumSize(properties.cacheSize()).build();
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
        try {
            RecentCalibration.Widths widths =
                    calibration.at(loaded.artifact().model(), loaded.artifact().intervals(), origin, reader, forecast);
            cache.put(key, widths);
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
