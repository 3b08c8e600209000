package io.loadcast.forecast.training;

import io.loadcast.forecast.ForecastProperties;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * This replica's training workers: {@code training.workers} threads (none in the {@code serving} role) that claim
 * runs from the durable queue, plus one heartbeat thread that keeps this replica's runs alive in the queue, passes
 * cancellations requested on other replicas to them, and fails runs whose worker stopped sending heartbeats (a
 * crashed replica). A graceful stop gives the runs in progress back to the queue, so the next start runs them again.
 */
@Component
class TrainingWorkers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TrainingWorkers.class);

    private final String instance = "forecast-" + UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, RunState> live = new ConcurrentHashMap<>();
    private final Object signal = new Object();
    private final List<Thread> threads = new ArrayList<>();
    private final RunQueue queue;
    private final RunHistory history;
    private final TrainingPipeline pipeline;
    private final ForecastProperties.Training config;
    private final boolean trains;
    private final Clock clock;
    private volatile boolean running;
    private ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor();

    TrainingWorkers(
            RunQueue queue, RunHistory history, TrainingPipeline pipeline, ForecastProperties properties, Clock clock) {
        this.queue = queue;
        this.history = history;
        this.pipeline = pipeline;
        this.config = properties.training();
        this.trains = properties.role().trains();
        this.clock = clock;
    }

    @Override
    public void start() {
        running = true;
        beat();
        heartbeats = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "training-heartbeat"));
        long every = config.heartbeatInterval().toMillis();
        heartbeats.scheduleWithFixedDelay(this::beat, every, every, TimeUnit.MILLISECONDS);
        for (int i = 1; trains && i <= config.workers(); i++) {
            Thread t = daemon(this::work, "training-" + i);
            threads.add(t);
            t.start();
        }
        log.info("training: {} workers on {} (role trains: {})", threads.size(), instance, trains);
    }

    @Override
    public void stop() {
        running = false;
        heartbeats.shutdownNow();
        live.values().forEach(state -> {
            state.release();
            queue.requeue(state.id());
            log.info("training run {} given back to the queue: this replica is stopping", state.id());
        });
        threads.forEach(Thread::interrupt);
        threads.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Wakes an idle worker of this replica (a run was just queued here). */
    void wake() {
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    /** The live progress of a run a worker of this replica executes. */
    Optional<RunState> live(String id) {
        return Optional.ofNullable(live.get(id));
    }

    private void work() {
        while (running) {
            Optional<QueuedRun> next = Optional.empty();
            try {
                next = queue.claim(instance);
            } catch (RuntimeException e) {
                log.warn("could not read the training queue: {}", e.getMessage());
            }
            if (next.isPresent()) {
                execute(next.get());
                continue;
            }
            try {
                synchronized (signal) {
                    signal.wait(config.pollInterval().toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void execute(QueuedRun run) {
        RunState state = new RunState(run, history, clock);
        live.put(run.id(), state);
        log.info(
                "{} took training run {} ({}, priority {})",
                instance,
                run.id(),
                run.command().spec().family(),
                run.command().priority());
        try {
            pipeline.run(state);
        } finally {
            live.remove(run.id());
        }
    }

    private void beat() {
        try {
            queue.heartbeat(instance, live.keySet()).forEach(id -> live(id).ifPresent(RunState::requestCancel));
            int dead = queue.failStale(config.staleAfter(), "worker died: no heartbeat for " + config.staleAfter());
            if (dead > 0) {
                log.warn("marked {} training runs whose worker stopped FAILED", dead);
            }
        } catch (RuntimeException e) {
            log.warn("training heartbeat failed: {}", e.getMessage());
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
