package io.loadcast.forecast.recent;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.series.SeriesRead;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * The last {@code capacity} half-hours of one series in a ring indexed by absolute half-hour slot ({@code epoch
 * seconds / 1800}). It knows slots from {@code known} (the start of its seed) up to {@code end} (exclusive, one past
 * the latest reading); slots at or after {@code end} have no reading yet. A slot without a reading is NaN.
 */
final class SeriesWindow {

    private final double[] ring;
    private final ReentrantLock seeding = new ReentrantLock();
    private final RevisionMarks revisions = new RevisionMarks();
    private long end;
    private long known;
    private boolean seeded;
    private volatile long refreshedAt = Long.MIN_VALUE;

    SeriesWindow(int capacity, long end) {
        this.ring = new double[capacity];
        Arrays.fill(ring, Double.NaN);
        this.end = end;
        this.known = end;
    }

    static long slot(Instant time) {
        return Math.floorDiv(time.getEpochSecond(), HalfHourlySeries.STEP.getSeconds());
    }

    /** The first slot at or after {@code time}: readings have {@code from <= timestamp}. */
    static long slotAtOrAfter(Instant time) {
        long s = slot(time);
        return Instant.ofEpochSecond(s * HalfHourlySeries.STEP.getSeconds()).isBefore(time) ? s + 1 : s;
    }

    static Instant timeOf(long slot) {
        return Instant.ofEpochSecond(slot * HalfHourlySeries.STEP.getSeconds());
    }

    ReentrantLock seedingLock() {
        return seeding;
    }

    boolean fresh(long nowMillis, long maxAgeMillis) {
        long at = refreshedAt;
        return at != Long.MIN_VALUE && nowMillis - at <= maxAgeMillis;
    }

    /** A reading from the topic (latest revision wins); older than the window it is ignored. */
    synchronized void put(long slot, double value, int revision, Instant storedAt, long nowMillis) {
        if (slot < end - ring.length) {
            return;
        }
        if (slot >= end) {
            for (long s = Math.max(end, slot + 1 - ring.length); s <= slot; s++) {
                ring[index(s)] = Double.NaN;
            }
            end = slot + 1;
            known = Math.max(known, end - ring.length);
            revisions.dropBefore(end - ring.length);
        }
        ring[index(slot)] = value;
        revisions.mark(slot, revision, storedAt);
        if (seeded) {
            refreshedAt = nowMillis;
        }
    }

    /**
     * Merges ingest's answer for {@code [from, to)}: its values win (ingest is the source of truth), except where it
     * has none and the topic already brought one.
     */
    synchronized void seed(SeriesRead read, long from, long to, long nowMillis) {
        HalfHourlySeries fetched = read.values();
        if (to > end) {
            for (long s = Math.max(end, to - ring.length); s < to; s++) {
                ring[index(s)] = Double.NaN;
            }
            end = to;
        }
        long first = slot(fetched.start());
        long lowest = Math.max(from, end - ring.length);
        for (int i = 0; i < fetched.size(); i++) {
            long s = first + i;
            double v = fetched.values()[i];
            if (s >= lowest && s < end && Double.isFinite(v)) {
                ring[index(s)] = v;
            }
        }
        revisions.dropBefore(end - ring.length);
        // where ingest has a value, its revision state wins, as its value does
        revisions.load(
                lowest,
                end,
                read.revisedAt(),
                s -> s < first || s >= first + fetched.size() || !Double.isFinite(fetched.values()[(int) (s - first)]));
        known = Math.max(from, end - ring.length);
        seeded = true;
        refreshedAt = nowMillis;
    }

    /** Whether every slot from {@code from} on is known here. */
    synchronized boolean covers(long from) {
        return seeded && from >= Math.max(known, end - ring.length);
    }

    /**
     * The readings of slots {@code [from, to)} as ingest would assemble them: from the first to the last reading,
     * gaps NaN; empty when there is none; null when one of them was revised after {@code knownAtMicros} (the
     * values known then are not all here). Call only when {@link #covers(long)}.
     */
    synchronized @Nullable HalfHourlySeries slice(String seriesId, long from, long to, long knownAtMicros) {
        if (revisions.after(from, to, knownAtMicros)) {
            return null;
        }
        long last = Math.min(to, end) - 1;
        long first = from;
        while (first <= last && Double.isNaN(ring[index(first)])) {
            first++;
        }
        while (last >= first && Double.isNaN(ring[index(last)])) {
            last--;
        }
        if (first > last) {
            return new HalfHourlySeries(seriesId, Instant.EPOCH, new double[0]);
        }
        double[] values = new double[(int) (last - first + 1)];
        for (int i = 0; i < values.length; i++) {
            values[i] = ring[index(first + i)];
        }
        return new HalfHourlySeries(seriesId, timeOf(first), values);
    }

    private int index(long slot) {
        return (int) Math.floorMod(slot, (long) ring.length);
    }
}
