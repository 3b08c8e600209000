package io.loadcast.forecast.serving.web;

import io.loadcast.forecast.ForecastProperties;
import io.loadcast.starter.problem.FieldError;
import io.loadcast.starter.problem.LoadcastProblemException;
import io.loadcast.starter.problem.ProblemType;
import java.util.List;

/**
 * Bounds a batch before any forecast is computed: batch forecasts need no key, so one request must not buy seconds
 * of CPU (500 requests of 96 steps took 8 s before the cap).
 */
final class BatchLimits {

    private BatchLimits() {}

    static void check(List<ForecastRequest> requests, ForecastProperties.Limits limits) {
        if (requests.size() > limits.maxBatchRequests()) {
            throw tooLarge(
                    "requests",
                    "a batch holds at most " + limits.maxBatchRequests() + " forecasts, this one " + requests.size());
        }
        long steps =
                requests.stream().mapToLong(ForecastRequest::horizonOrDefault).sum();
        if (steps > limits.maxBatchSteps()) {
            throw tooLarge(
                    "requests",
                    "a batch asks for at most " + limits.maxBatchSteps() + " forecast steps in all (sum of horizons),"
                            + " this one " + steps);
        }
    }

    private static LoadcastProblemException tooLarge(String field, String why) {
        return new LoadcastProblemException(ProblemType.BATCH_TOO_LARGE, field + ": " + why)
                .with("errors", List.of(new FieldError(field, why, null)));
    }
}
