package io.loadcast.stack.part;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Waits until every part reports healthy. Fails fast, naming the part, when one dies or overruns its own
 * start timeout; the others are not waited on after that.
 */
public final class HealthWait {

    private static final int LOG_TAIL_LINES = 20;

    private final RunDirectory runDirectory;
    private final Duration pollInterval;

    public HealthWait(RunDirectory runDirectory, Duration pollInterval) {
        this.runDirectory = runDirectory;
        this.pollInterval = pollInterval;
    }

    /** Calls {@code onHealthy} once per part, in the order they become healthy. */
    public void awaitHealthy(List<StartedPart> parts, Consumer<StartedPart> onHealthy)
            throws PartFailure, InterruptedException {
        long start = System.nanoTime();
        List<StartedPart> pending = new ArrayList<>(parts);
        while (!pending.isEmpty()) {
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            for (StartedPart started : List.copyOf(pending)) {
                if (started.part().health().isHealthy()) {
                    pending.remove(started);
                    onHealthy.accept(started);
                } else if (started.hasExited()) {
                    String code = started.exitCode().isPresent()
                            ? "exited with code " + started.exitCode().getAsInt()
                            : "exited";
                    throw failure(started, code + " before it became healthy");
                } else if (elapsed.compareTo(started.part().startTimeout()) > 0) {
                    throw failure(
                            started,
                            "did not become healthy within "
                                    + started.part().startTimeout().toSeconds() + " s");
                }
            }
            if (!pending.isEmpty()) {
                TimeUnit.MILLISECONDS.sleep(pollInterval.toMillis());
            }
        }
    }

    private PartFailure failure(StartedPart started, String reason) {
        String name = started.part().name();
        Path logFile = runDirectory.logFile(name);
        return new PartFailure(name, reason, logFile, new LogTail(logFile, LOG_TAIL_LINES).read());
    }
}
