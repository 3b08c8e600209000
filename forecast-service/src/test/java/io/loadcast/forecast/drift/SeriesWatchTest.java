package io.loadcast.forecast.drift;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Which readings are live for drift, and how served forecasts meet their actuals. */
class SeriesWatchTest {

    static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");
    static final Duration LATENESS = Duration.ofHours(6);
    static final Duration LIVE_AGE = Duration.ofDays(30);

    @Test
    void aReadingFarBehindTheNewestOfItsSeriesIsABackfill() {
        SeriesWatch watch = new SeriesWatch();
        Instant newest = NOW.minus(Duration.ofHours(1));
        assertThat(watch.isLive(newest, NOW, LATENESS, LIVE_AGE)).isTrue();
        watch.add(newest, 100, 96);

        assertThat(watch.isLive(newest.minus(Duration.ofHours(5)), NOW, LATENESS, LIVE_AGE))
                .as("a late reading within the lateness")
                .isTrue();
        assertThat(watch.isLive(newest.minus(Duration.ofHours(7)), NOW, LATENESS, LIVE_AGE))
                .as("a backfill behind the newest reading")
                .isFalse();
        assertThat(watch.isLive(newest.plus(Duration.ofMinutes(30)), NOW, LATENESS, LIVE_AGE))
                .isTrue();
    }

    @Test
    void aReadingFarBehindTheWallClockIsAReplayEvenAsTheFirstOfItsSeries() {
        SeriesWatch watch = new SeriesWatch();
        assertThat(watch.isLive(NOW.minus(Duration.ofDays(31)), NOW, LATENESS, LIVE_AGE))
                .isFalse();
        assertThat(watch.isLive(NOW.minus(Duration.ofDays(29)), NOW, LATENESS, LIVE_AGE))
                .isTrue();
    }

    @Test
    void aServedForecastMeetsItsActualOnceAndTheOldestExpectationsGoFirst() {
        SeriesWatch watch = new SeriesWatch();
        ServedModel model = new ServedModel("forecast-x", "3");
        for (int i = 0; i < 5; i++) {
            watch.expect(NOW.plus(Duration.ofMinutes(30L * i)), 10 + i, model, 3);
        }

        assertThat(watch.expected(NOW)).as("pushed out by newer expectations").isNull();
        assertThat(watch.expected(NOW.plus(Duration.ofMinutes(60)))).isEqualTo(12.0);
        assertThat(watch.expected(NOW.plus(Duration.ofMinutes(60)))).as("once").isNull();
        assertThat(watch.servedBy()).isEqualTo(model);
    }
}
