package io.loadcast.forecast.recent;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.series.SeriesRead;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * {@link #SIZE} consecutive half-hour slots of one series as ingest-service answered them, updated by readings from
 * the topic. A re-read from ingest replaces the values, except slots the topic wrote since that read started (a
 * reading is published before ingest commits it, so the re-read may not see it yet).
 */
final class HistoryBlock {

    static final int SIZE = 2016;

    private final long first;
    private final double[] values = new double[SIZE];
    private final Map<Long, Long> topicWrites = new HashMap<>();
    private final RevisionMarks revisions = new RevisionMarks();

    HistoryBlock(long index) {
        this.first = index * SIZE;
        Arrays.fill(values, Double.NaN);
    }

    static long indexOf(long slot) {
        return Math.floorDiv(slot, SIZE);
    }

    long firstSlot() {
        return first;
    }

    synchronized void put(long slot, double value, int revision, Instant storedAt, long nowMillis) {
        values[(int) (slot - first)] = value;
        revisions.mark(slot, revision, storedAt);
        topicWrites.put(slot, nowMillis);
    }

    /** Ingest's answer for this block, read from {@code startedMillis} on. */
    synchronized void load(SeriesRead read, long startedMillis) {
        HalfHourlySeries fetched = read.values();
        topicWrites.values().removeIf(at -> at < startedMillis);
        revisions.load(first, first + SIZE, read.revisedAt(), topicWrites::containsKey);
        long start = SeriesWindow.slot(fetched.start());
        for (int i = 0; i < SIZE; i++) {
            long slot = first + i;
            long at = slot - start;
            if (!topicWrites.containsKey(slot)) {
                values[i] = at >= 0 && at < fetched.size() ? fetched.values()[(int) at] : Double.NaN;
            }
        }
    }

    /**
     * Copies slots {@code [from, to)} (within this block) into {@code out} at {@code offset}, unless one of them was
     * revised after {@code knownAtMicros} (then false, nothing copied: the values known then are not all here).
     */
    synchronized boolean copy(long from, long to, double[] out, int offset, long knownAtMicros) {
        if (revisions.after(from, to, knownAtMicros)) {
            return false;
        }
        System.arraycopy(values, (int) (from - first), out, offset, (int) (to - from));
        return true;
    }
}
