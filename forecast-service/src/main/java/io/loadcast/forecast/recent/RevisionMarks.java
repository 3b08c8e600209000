package io.loadcast.forecast.recent;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongPredicate;

/**
 * The slots of a cached range whose current value is a revision, with the instant (epoch microseconds) that revision
 * was stored. An as-of read at origin {@code T} may use the cached current values only when no slot it reads was
 * revised after {@code T}; otherwise the value known at {@code T} is another one, read from ingest-service. Sparse
 * (revisions are rare); not thread-safe: its owner synchronizes.
 */
final class RevisionMarks {

    private final TreeMap<Long, Long> storedAt = new TreeMap<>();

    static long micros(Instant instant) {
        if (instant.equals(Instant.MAX)) {
            return Long.MAX_VALUE;
        }
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
    }

    /** A value from the topic: a revision is marked with its time, a first value clears the mark. */
    void mark(long slot, int revision, Instant stored) {
        if (revision > 0) {
            storedAt.put(slot, micros(stored));
        } else {
            storedAt.remove(slot);
        }
    }

    /** Replaces the marks of {@code [from, to)} by those of a read from ingest, except slots {@code kept}. */
    void load(long from, long to, Map<Instant, Instant> revisedAt, LongPredicate kept) {
        storedAt.subMap(from, to).keySet().removeIf(slot -> !kept.test(slot));
        revisedAt.forEach((timestamp, stored) -> {
            long slot = SeriesWindow.slot(timestamp);
            if (slot >= from && slot < to && !kept.test(slot)) {
                storedAt.put(slot, micros(stored));
            }
        });
    }

    /** Whether a slot of {@code [from, to)} holds a revision stored after {@code knownAtMicros}. */
    boolean after(long from, long to, long knownAtMicros) {
        for (long at : storedAt.subMap(from, to).values()) {
            if (at > knownAtMicros) {
                return true;
            }
        }
        return false;
    }

    void dropBefore(long slot) {
        storedAt.headMap(slot).clear();
    }
}
