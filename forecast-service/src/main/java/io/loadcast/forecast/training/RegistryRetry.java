package io.loadcast.forecast.training;

import io.loadcast.forecast.registry.RegistryUnavailableException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registry calls that end a trained run, repeated while registry-service is unreachable: a run whose model is
 * trained and backtested is not thrown away because the registry restarts. Each call is repeated on its own (what
 * succeeded is not repeated), with a doubling pause up to 30 s, for at most {@code training.registry-wait}; between
 * attempts the run's cancellation and timeout are honoured. Only a registry that did not answer is waited for (no
 * connection, a 5xx, its circuit open: a {@link RegistryUnavailableException} with a cause); one that answers with a
 * refusal (4xx) fails the run at once.
 */
final class RegistryRetry {

    private static final Logger log = LoggerFactory.getLogger(RegistryRetry.class);
    private static final Duration FIRST_PAUSE = Duration.ofSeconds(1);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);

    private final Clock clock;
    private final Duration wait;

    RegistryRetry(Clock clock, Duration wait) {
        this.clock = clock;
        this.wait = wait;
    }

    <T> T call(RunState state, String what, Supplier<T> call) {
        Instant giveUp = clock.instant().plus(wait);
        Duration pause = FIRST_PAUSE;
        while (true) {
            try {
                return call.get();
            } catch (RegistryUnavailableException e) {
                if (e.getCause() == null || !clock.instant().plus(pause).isBefore(giveUp)) {
                    throw e;
                }
                log.warn(
                        "training run {}: registry unavailable for {}, retrying in {}: {}",
                        state.id(),
                        what,
                        pause,
                        e.getMessage());
                sleep(pause);
                state.checkContinue();
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    void run(RunState state, String what, Runnable call) {
        call(state, what, () -> {
            call.run();
            return Boolean.TRUE;
        });
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw RunStopped.cancelled();
        }
    }
}
