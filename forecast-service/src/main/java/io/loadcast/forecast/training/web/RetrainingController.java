package io.loadcast.forecast.training.web;

import io.loadcast.contracts.RetrainReason;
import io.loadcast.contracts.RetrainRequested;
import io.loadcast.forecast.training.RetrainRequests;
import io.loadcast.forecast.training.TrainingRuns;
import io.loadcast.starter.security.ApiCaller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RetrainingController {

    private final RetrainRequests requests;
    private final TrainingRuns runs;

    RetrainingController(RetrainRequests requests, TrainingRuns runs) {
        this.requests = requests;
        this.runs = runs;
    }

    @PostMapping("/api/v1/retraining")
    @ResponseStatus(HttpStatus.ACCEPTED)
    RetrainingAccepted retrain(@Valid @RequestBody RetrainingRequest r, HttpServletRequest http) {
        String caller = ApiCaller.of(http).map(ApiCaller::name).orElse("anonymous");
        // checked here so a bad request is a 400 now, not a silent failure on the topic
        runs.plan(r.seriesIds(), r.datasetId(), null, null, r.model(), Map.of(), null, caller);
        RetrainRequested event = new RetrainRequested(
                UUID.randomUUID(),
                Instant.now(),
                r.seriesIds(),
                r.reason() == null ? RetrainReason.CI : r.reason(),
                caller,
                r.model(),
                r.datasetId());
        requests.send(event);
        return new RetrainingAccepted(event.eventId());
    }
}
