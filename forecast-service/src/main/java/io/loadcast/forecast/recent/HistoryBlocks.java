package io.loadcast.forecast.recent;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.loadcast.contracts.Reading;
import io.loadcast.forecast.ForecastProperties;
import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.series.SeriesRead;
import io.loadcast.forecast.series.SeriesSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Any range of a series' history from memory: blocks of {@link HistoryBlock#SIZE} half-hours, each read once from
 * ingest-service (one HTTP call per block), kept current by readings from {@code grid.readings.v1} (devices and REST
 * batches) and re-read in the background {@code recent.history-refresh} after their last read (imports, which do not
 * come over the topic). At most {@code recent.history-blocks} blocks are kept (least recently used dropped). The
 * answer is what ingest-service would give for {@code from <= timestamp < to}: from the first to the last reading,
 * gaps NaN, so as-of forecasts read nothing at or after their origin.
 */
@Service
public class HistoryBlocks {

    private final LoadingCache<Key, HistoryBlock> blocks;
    private final SeriesSource source;
    private final Clock clock;
    private final Counter revisedReads;

    HistoryBlocks(SeriesSource source, Clock clock, ForecastProperties properties, MeterRegistry meters) {
        this.source = source;
        this.clock = clock;
        this.revisedReads = meters.counter("loadcast.forecast.history.known-at-reads");
        this.blocks = Caffeine.newBuilder()
                .maximumSize(properties.recent().historyBlocks())
                .refreshAfterWrite(properties.recent().historyRefresh())
                .build(new com.github.benmanes.caffeine.cache.CacheLoader<Key, HistoryBlock>() {
                    @Override
                    public HistoryBlock load(Key key) {
                        return read(key, new HistoryBlock(key.index()));
                    }

                    @Override
                    public HistoryBlock reload(Key key, HistoryBlock old) {
                        return read(key, old);
                    }
                });
    }

    private record Key(String seriesId, long index) {}

    private HistoryBlock read(Key key, HistoryBlock block) {
        long started = clock.millis();
        long first = block.firstSlot();
        SeriesRead fetched = source.readingsWithRevisions(
                key.seriesId(), SeriesWindow.timeOf(first), SeriesWindow.timeOf(first + HistoryBlock.SIZE));
        block.load(fetched, started);
        return block;
    }

    /** The range read from ingest-service as known at {@code knownAt} (a value of it was revised after). */
    HalfHourlySeries knownAt(String seriesId, Instant from, Instant to, Instant knownAt) {
        revisedReads.increment();
        return source.readingsKnownAt(seriesId, from, to, knownAt);
    }

    /** A validated reading from the topic: updates its block when that block is in memory. */
    public void record(Reading reading) {
        Instant timestamp = reading.timestamp();
        long slot = SeriesWindow.slot(timestamp);
        HistoryBlock block = blocks.getIfPresent(new Key(reading.seriesId(), HistoryBlock.indexOf(slot)));
        if (block != null && Double.isFinite(reading.value()) && timestamp.getEpochSecond() % 1800 == 0) {
            block.put(slot, reading.value(), reading.revision(), reading.occurredAt(), clock.millis());
        }
    }

    /**
     * Readings with {@code from <= timestamp < to} on the half-hour grid, as ingest-service answers them; with
     * {@code knownAt}, as they were known then: when a value of the range was revised after it, the range is read
     * from ingest-service as known at that instant (revisions are rare; the blocks keep the current values).
     *
     * @throws io.loadcast.forecast.series.UnknownSeriesException when ingest-service knows no such series
     */
    public HalfHourlySeries readings(String seriesId, Instant from, Instant to, @Nullable Instant knownAt) {
        long first = SeriesWindow.slotAtOrAfter(from);
        long end = SeriesWindow.slotAtOrAfter(to);
        long known = knownAt == null ? Long.MAX_VALUE : RevisionMarks.micros(knownAt);
        double[] values = new double[(int) Math.max(0, end - first)];
        for (long block = HistoryBlock.indexOf(first); first < end && block <= HistoryBlock.indexOf(end - 1); block++) {
            long lo = Math.max(first, block * HistoryBlock.SIZE);
            long hi = Math.min(end, (block + 1) * HistoryBlock.SIZE);
            if (!blocks.get(new Key(seriesId, block)).copy(lo, hi, values, (int) (lo - first), known)) {
                return knownAt(seriesId, from, to, java.util.Objects.requireNonNull(knownAt));
            }
        }
        int a = 0;
        int b = values.length;
        while (a < b && Double.isNaN(values[a])) {
            a++;
        }
        while (b > a && Double.isNaN(values[b - 1])) {
            b--;
        }
        return a == b
                ? new HalfHourlySeries(seriesId, Instant.EPOCH, new double[0])
                : new HalfHourlySeries(seriesId, SeriesWindow.timeOf(first + a), Arrays.copyOfRange(values, a, b));
    }
}
