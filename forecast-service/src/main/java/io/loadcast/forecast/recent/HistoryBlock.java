package io.loadcast.forecast.recent;

import io.loadcast.forecast.core.data.HalfHourlySeries;
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

    synchronized void put(long slot, double value, long nowMillis) {
        values[(int) (slot - first)] = value;
        topicWrites.put(slot, nowMillis);
    }

    /** Ingest's answer for this block, read from {@code startedMillis} on. */
    synchronized void load(HalfHourlySeries fetched, long startedMillis) {
        topicWrites.values().removeIf(at -> at < startedMillis);
        long start = SeriesWindow.slot(fetched.start());
        for (int i = 0; i < SIZE; i++) {
            long slot = first + i;
            long at = slot - start;
            if (!topicWrites.containsKey(slot)) {
                values[i] = at >= 0 && at < fetched.size() ? fetched.values()[(int) at] : Double.NaN;
            }
        }
    }

    /** Copies slots {@code [from, to)} (within this block) into {@code out} at {@code offset}. */
    synchronized void copy(long from, long to, double[] out, int offset) {
        System.arraycopy(values, (int) (from - first), out, offset, (int) (to - from));
    }
}
