package io.loadcast.forecast.training.web;

import io.loadcast.forecast.training.TrainingRun;
import io.loadcast.forecast.training.TrainingRuns;
import io.loadcast.starter.security.ApiCaller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TrainingController {

    private final TrainingRuns runs;

    TrainingController(TrainingRuns runs) {
        this.runs = runs;
    }

    @PostMapping("/api/v1/training-runs")
    ResponseEntity<TrainingRun> start(@Valid @RequestBody TrainingRequest r, HttpServletRequest http) {
        TrainingRun run = runs.start(runs.plan(
                r.seriesIds(),
                r.datasetId(),
                r.from(),
                r.to(),
                r.model(),
                r.hyperparameters(),
                r.modelName(),
                ApiCaller.of(http).map(ApiCaller::name).orElse("anonymous")));
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/training-runs/" + run.id()))
                .body(run);
    }

    @GetMapping("/api/v1/training-runs/{id}")
    TrainingRun get(@PathVariable String id) {
        return runs.get(id);
    }
}
