package io.loadcast.forecast.training;

import java.time.Duration;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/** The durable queue of training runs (PostgreSQL): any replica enqueues, any worker of any replica claims. */
public interface RunQueue {

    /** Records a QUEUED run; false (and nothing changed) when a run with this id exists already. */
    boolean enqueue(String id, TrainingCommand command);

    /** Runs waiting. */
    int queued();

    /** Takes the next run (highest priority, then oldest) for this worker, marking it RUNNING. */
    Optional<QueuedRun> claim(String worker);

    /** 1 for the next run to be claimed; empty when the run is not queued. */
    Optional<Integer> position(String id);

    /** Cancels a queued run at once, or flags a running one for its worker; what happened. */
    CancelOutcome cancel(String id);

    /** Records that this worker still runs these runs; returns those whose cancellation was requested. */
    Set<String> heartbeat(String worker, Collection<String> runIds);

    /** Puts a RUNNING run of a stopping worker back in the queue, so the next worker runs it from the start. */
    void requeue(String id);

    /** Marks RUNNING runs whose worker sent no heartbeat for this long FAILED; returns how many. */
    int failStale(Duration staleAfter, String reason);

    /** What a cancel request did. */
    enum CancelOutcome {
        CANCELLED,
        REQUESTED,
        FINISHED,
        UNKNOWN
    }
}
