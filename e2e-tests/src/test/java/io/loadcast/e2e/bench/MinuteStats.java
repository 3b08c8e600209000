package io.loadcast.e2e.bench;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What one kind of load did in the current minute: calls, errors, 429s and latencies (kept whole, sorted for the
 * p99 when the minute is read), plus the totals of the run.
 */
final class MinuteStats {

    private final String name;
    private final AtomicLong ok = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong limited = new AtomicLong();
    private final AtomicLong totalOk = new AtomicLong();
    private final AtomicLong totalErrors = new AtomicLong();
    private long[] latencies = new long[1 << 16];
    private int count;

    MinuteStats(String name) {
        this.name = name;
    }

    /** A call that took {@code nanos} and answered {@code status} (0: no answer). */
    void record(int status, long nanos) {
        if (status == 429) {
            limited.incrementAndGet();
        } else if (status >= 200 && status < 300) {
            ok.incrementAndGet();
            totalOk.incrementAndGet();
        } else {
            errors.incrementAndGet();
            totalErrors.incrementAndGet();
        }
        synchronized (this) {
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = nanos;
        }
    }

    /** Units done without a latency (Kafka records sent, in bulk). */
    void add(long done, long failed) {
        ok.addAndGet(done);
        totalOk.addAndGet(done);
        errors.addAndGet(failed);
        totalErrors.addAndGet(failed);
    }

    /** This minute's line, e.g. {@code forecasts 812.3/s p99 45.1 ms errors 0 429s 0}; starts the next minute. */
    String takeMinute(double seconds) {
        long[] sorted;
        synchronized (this) {
            sorted = Arrays.copyOf(latencies, count);
            count = 0;
        }
        Arrays.sort(sorted);
        String p99 = sorted.length == 0
                ? "-"
                : "%.1f ms"
                        .formatted(sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)]
                                / 1e6);
        return "%s %.1f/s p99 %s errors %d 429s %d"
                .formatted(name, ok.getAndSet(0) / seconds, p99, errors.getAndSet(0), limited.getAndSet(0));
    }

    long totalOk() {
        return totalOk.get();
    }

    long totalErrors() {
        return totalErrors.get();
    }

    String name() {
        return name;
    }
}
