package io.loadcast.rag.experiments.web;

import io.loadcast.rag.experiments.ExperimentLog;
import io.loadcast.rag.experiments.ExperimentResults;
import io.loadcast.rag.experiments.Feedback;
import io.loadcast.rag.experiments.PromptVariant;
import io.loadcast.rag.experiments.PromptVariants;
import io.loadcast.starter.problem.LoadcastProblemException;
import io.loadcast.starter.problem.ProblemType;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ExperimentController {

    private final PromptVariants variants;
    private final ExperimentLog log;
    private final Feedback feedback;

    ExperimentController(PromptVariants variants, ExperimentLog log, Feedback feedback) {
        this.variants = variants;
        this.log = log;
        this.feedback = feedback;
    }

    record FeedbackRequest(
            @NotBlank String queryId,
            @NotNull @Min(1) @Max(5) Integer rating) {}

    record FeedbackResponse(String queryId, String variant, int rating) {}

    @Operation(summary = "Rate an answer from 1 (useless) to 5 (excellent)")
    @PostMapping("/api/v1/feedback")
    FeedbackResponse feedback(@Valid @RequestBody FeedbackRequest request) {
        ExperimentLog.Entry entry = feedback.rate(request.queryId(), request.rating())
                .orElseThrow(() -> new LoadcastProblemException(
                                ProblemType.QUERY_NOT_FOUND, "No answered query " + request.queryId() + " is known.")
                        .with("field", "queryId"));
        return new FeedbackResponse(entry.queryId(), entry.variant(), request.rating());
    }

    @Operation(summary = "Per-variant counts, mean rating, latency and a significance test")
    @GetMapping("/api/v1/experiments/{id}/results")
    ExperimentResults results(@PathVariable String id) {
        if (!variants.experimentId().equals(id)) {
            throw new LoadcastProblemException(
                    ProblemType.EXPERIMENT_NOT_FOUND,
                    "No experiment '" + id + "'; the running one is '" + variants.experimentId() + "'.");
        }
        return ExperimentResults.of(
                id, variants.all().stream().map(PromptVariant::name).toList(), log.entries(id));
    }
}
