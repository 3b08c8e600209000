package io.loadcast.forecast.drift;

import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.series.Dataset;
import io.loadcast.forecast.series.SeriesSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The year-ago reference is read once per series for a window and the week after it, not once per evaluation. */
class SameSeasonTest {

    static final Instant LIVE = Instant.parse("2026-11-02T00:00:00Z");
    static final Duration DAY = Duration.ofDays(1);

    /** Readings a year earlier valued by their index from 2025-10-01; records every read. */
    static final class YearAgo implements SeriesSource {

        final List<Instant[]> reads = new ArrayList<>();
        final boolean empty;

        YearAgo(boolean empty) {
            this.empty = empty;
        }

        @Override
        public HalfHourlySeries readings(String seriesId, Instant from, Instant to) {
            reads.add(new Instant[] {from, to});
            Instant origin = Instant.parse("2025-10-01T00:00:00Z");
            int n = empty ? 0 : (int) (Duration.between(from, to).toMinutes() / 30);
            double[] values = new double[n];
            long offset = Duration.between(origin, from).toMinutes() / 30;
            for (int i = 0; i < n; i++) {
                values[i] = offset + i;
            }
            return new HalfHourlySeries(seriesId, from, values);
        }

        @Override
        public String freeze(List<String> seriesIds, Instant from, Instant to) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Dataset dataset(String datasetId) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void slicesTheWindowAYearEarlierFromOneReadPerWeek() {
        YearAgo source = new YearAgo(false);
        SameSeason season = new SameSeason(source);

        double[] first =
                season.of("S", LIVE, LIVE.plus(DAY.multipliedBy(7)), 336).orElseThrow();
        double[] later = season.of("S", LIVE.plus(DAY), LIVE.plus(DAY.multipliedBy(8)), 336)
                .orElseThrow();

        assertThat(source.reads).hasSize(1);
        long yearAgo = Duration.between(Instant.parse("2025-10-01T00:00:00Z"), LIVE.minus(SameSeason.SEASON))
                        .toMinutes()
                / 30;
        assertThat(first).hasSize(336).startsWith(yearAgo);
        assertThat(later).hasSize(336).startsWith(yearAgo + 48);

        season.of("S", LIVE.plus(DAY.multipliedBy(8)), LIVE.plus(DAY.multipliedBy(15)), 336);
        assertThat(source.reads).as("past the week read ahead").hasSize(2);
    }

    @Test
    void aSeriesWithoutAYearOfHistoryIsAskedOncePerWeek() {
        YearAgo source = new YearAgo(true);
        SameSeason season = new SameSeason(source);

        assertThat(season.of("S", LIVE, LIVE.plus(DAY.multipliedBy(7)), 336)).isEmpty();
        assertThat(season.of("S", LIVE.plus(DAY), LIVE.plus(DAY.multipliedBy(8)), 336))
                .isEmpty();
        assertThat(source.reads).hasSize(1);
    }
}
