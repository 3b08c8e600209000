package io.loadcast.e2e.http;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/** Waiting for an effect by asking again until it shows or a deadline passes: no fixed sleeps in the journey. */
public final class Poll {

    private static final Duration INTERVAL = Duration.ofMillis(500);

    private Poll() {}

    /**
     * The first present answer of {@code probe} within {@code timeout}; otherwise an AssertionError with
     * {@code what} and the last thing {@code lastSeen} reports.
     */
    public static <T> T until(String what, Duration timeout, Supplier<Optional<T>> probe, Supplier<String> lastSeen) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            Optional<T> answer = probe.get();
            if (answer.isPresent()) {
                return answer.get();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for " + what
                        + "; last seen: " + lastSeen.get());
            }
            try {
                Thread.sleep(INTERVAL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
        }
    }
}
