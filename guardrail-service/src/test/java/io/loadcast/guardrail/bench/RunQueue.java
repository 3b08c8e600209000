package io.loadcast.guardrail.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The calling thread's time spent runnable but waiting for a core (Linux {@code /proc/thread-self/schedstat}, second
 * field, nanoseconds). On a shared host the wall time of a check is its CPU time plus this wait (plus blocking);
 * wall minus wait is what the check takes when a core is free.
 */
final class RunQueue {

    private static final Path SCHEDSTAT = Path.of("/proc/thread-self/schedstat");

    private RunQueue() {}

    /** Nanoseconds this thread has waited on a run queue so far, or -1 where schedstat is not available. */
    static long waitNanos() {
        try {
            String[] f = Files.readString(SCHEDSTAT).trim().split("\\s+");
            return Long.parseLong(f[1]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
