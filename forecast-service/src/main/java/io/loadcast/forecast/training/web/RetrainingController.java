package io.loadcast.forecast.training.web;

import io.loadcast.contracts.RetrainReason;
import io.loadcast.contracts.RetrainRequested;
import io.loadcast.forecast.training.RetrainRequests;
import io.loadcast.forecast.training.TrainingCommand;
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
    private final TrainingRuns runs;

    RetrainingController(RetrainRequests requests, TrainingRuns runs) {
        this.requests = requests;
        this.runs = runs;
    }

    /**
     * Publishes the request (for the record and other consumers) and starts its training run here, with the
     * request's id as run id, so the caller can follow it at {@code Location}; the trainer skips requests whose
     * run already exists.
     */
    @PostMapping("/api/v1/retraining")
    ResponseEntity<RetrainingAccepted> retrain(@Valid @RequestBody RetrainingRequest r, HttpServletRequest http) {
        String caller = ApiCaller.of(http).map(ApiCaller::name).orElse("anonymous");
        // checked here so a bad request is a 400 now, not a silent failure on the topic
        TrainingCommand command = runs.planRetrain(r.seriesIds(), r.datasetId(), r.model(), caller);
        RetrainRequested event = new RetrainRequested(
                UUID.randomUUID(),
                Instant.now(),
                r.seriesIds(),
                r.reason() == null ? RetrainReason.CI : r.reason(),
                caller,
                r.model(),
                r.datasetId());
        TrainingRun queued = runs.queue(command, event.eventId().toString());
        try {
            requests.send(event);
        } catch (RuntimeException e) {
            runs.abandon(queued, "retrain request not published: " + e.getMessage());
            throw e;
        }
        TrainingRun run = runs.start(queued);
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/training-runs/" + run.id()))
                .body(new RetrainingAccepted(
                        event.eventId(), run.id(), run.status().name()));
    }
}
