package io.loadcast.forecast.training.web;

import io.loadcast.contracts.RetrainReason;
import io.loadcast.contracts.RetrainRequested;
import io.loadcast.forecast.training.RetrainRequests;
import io.loadcast.forecast.training.TrainingCommand;
import io.loadcast.forecast.training.TrainingPlans;
import io.loadcast.forecast.training.TrainingPriority;
import io.loadcast.forecast.training.TrainingRun;
import io.loadcast.forecast.training.TrainingRuns;
import io.loadcast.starter.security.ApiCaller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RetrainingController {

    private final RetrainRequests requests;
    private final TrainingPlans plans;
    private final TrainingRuns runs;

    RetrainingController(RetrainRequests requests, TrainingPlans plans, TrainingRuns runs) {
        this.requests = requests;
        this.plans = plans;
        this.runs = runs;
    }

    /**
     * Publishes the request (for the record and other consumers) and queues its training run, with the request's id
     * as run id, so the caller can follow it at {@code Location}; queueing is idempotent, so the trainer's copy from
     * the topic and this one make one run. The run's priority follows the reason (MANUAL > CI > DRIFT > SCHEDULE).
     */
    @PostMapping("/api/v1/retraining")
    ResponseEntity<RetrainingAccepted> retrain(@Valid @RequestBody RetrainingRequest r, HttpServletRequest http) {
        String caller = ApiCaller.of(http).map(ApiCaller::name).orElse("anonymous");
        // checked here so a bad request is a 400 now, not a silent failure on the topic
        RetrainReason reason = r.reason() == null ? RetrainReason.CI : r.reason();
        TrainingCommand command =
                plans.planRetrain(r.seriesIds(), r.datasetId(), r.model(), caller, TrainingPriority.of(reason));
        RetrainRequested event = new RetrainRequested(
                UUID.randomUUID(), Instant.now(), r.seriesIds(), reason, caller, r.model(), r.datasetId());
        requests.send(event);
        TrainingRun run = runs.submit(command, event.eventId().toString());
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/training-runs/" + run.id()))
                .body(new RetrainingAccepted(
                        event.eventId(), run.id(), run.status().name()));
    }
}
