package io.loadcast.edge;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Without Kafka: asks the registry for each model's champion every {@code pollInterval}, from a daemon thread. */
final class ChampionPoller implements ChampionFollower {

    private static final Logger log = LoggerFactory.getLogger(ChampionPoller.class);

    private final ScheduledExecutorService scheduler;
    private final CountDownLatch firstRound = new CountDownLatch(1);

    ChampionPoller(Champions champions, EdgeConfig config) {
        this.scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "edge-champion-poller");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(
                () -> {
                    try {
                        config.models().forEach(champions::refresh);
                    } catch (RuntimeException e) {
                        log.warn("champion poll failed: {}", e.getMessage());
                    } finally {
                        firstRound.countDown();
                    }
                },
                0,
                config.pollInterval().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public boolean awaitReady(Duration timeout) throws InterruptedException {
        return firstRound.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
