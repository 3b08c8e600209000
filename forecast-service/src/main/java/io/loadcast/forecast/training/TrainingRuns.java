package io.loadcast.forecast.training;

import io.loadcast.forecast.ForecastProperties;
import io.loadcast.starter.problem.LoadcastProblemException;
import io.loadcast.starter.problem.ProblemType;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Plans training runs, queues them in the durable queue, cancels them and reports their progress. */
@Service
public class TrainingRuns {

    private static final Logger log = LoggerFactory.getLogger(TrainingRuns.class);

    private final TrainingWorkers workers;
    private final RunQueue queue;
    private final ForecastProperties properties;
    private final RunHistory history;

    TrainingRuns(TrainingWorkers workers, RunQueue queue, ForecastProperties properties, RunHistory history) {
        this.workers = workers;
        this.queue = queue;
        this.properties = properties;
        this.history = history;
    }

    /** Queues a run under a new id; a worker of any training replica takes it (see {@link TrainingWorkers}). */
    public TrainingRun submit(TrainingCommand command) {
        return submit(command, UUID.randomUUID().toString());
    }

    /**
     * Queues a run under a given id (a retrain request's id); a run with that id already queued or done is left as
     * it is. A full queue is a 503 problem: the caller retries later.
     */
    public TrainingRun submit(TrainingCommand command, String id) {
        int waiting = queue.queued();
        if (waiting >= properties.training().maxQueued()) {
            throw new LoadcastProblemException(
                            ProblemType.TRAINING_QUEUE_FULL,
                            waiting + " runs are waiting (at most "
                                    + properties.training().maxQueued() + "); retry when some have run")
                    .with("queued", waiting);
        }
        if (queue.enqueue(id, command)) {
            log.info(
                    "queued training run {} ({}, priority {})",
                    id,
                    command.spec().family(),
                    command.priority());
            workers.wake();
        }
        return get(id);
    }

    /** Whether a run with this id exists. */
    public boolean exists(String id) {
        return history.find(id).isPresent();
    }

    /**
     * Cancels a run: a queued one at once, a running one at its next batch or epoch boundary (on whichever replica
     * runs it: the flag travels with the heartbeat). A finished run is a 409 problem.
     */
    public TrainingRun cancel(String id) {
        switch (queue.cancel(id)) {
            case CANCELLED -> log.info("training run {} cancelled while queued", id);
            case REQUESTED -> workers.live(id).ifPresent(RunState::requestCancel);
            case FINISHED ->
                throw new LoadcastProblemException(
                                ProblemType.TRAINING_RUN_FINISHED,
                                "training run " + id + " has finished; only queued and running runs can be cancelled")
                        .with("field", "id");
            case UNKNOWN -> throw unknown(id);
        }
        return get(id);
    }

    /** Runs newest first, optionally of one series and one status (at most {@code limit}). */
    public List<TrainingRun> list(@Nullable String seriesId, @Nullable TrainingStatus status, int limit) {
        return history.list(seriesId, status, limit).stream().map(this::current).toList();
    }

    public TrainingRun get(String id) {
        return current(history.find(id).orElseThrow(() -> unknown(id)));
    }

    /** The live progress when a worker here runs it, the queue position when it waits, else the stored row. */
    private TrainingRun current(TrainingRun stored) {
        if (stored.status() == TrainingStatus.QUEUED) {
            return stored.withQueuePosition(queue.position(stored.id()).orElse(null));
        }
        if (stored.status() == TrainingStatus.RUNNING) {
            return workers.live(stored.id()).map(RunState::view).orElse(stored);
        }
        return stored;
    }

    private static LoadcastProblemException unknown(String id) {
        return new LoadcastProblemException(ProblemType.UNKNOWN_TRAINING_RUN, "no training run " + id)
                .with("field", "id");
    }
}
