package io.loadcast.ingest.readings.web;

import io.loadcast.ingest.IngestProperties;
import io.loadcast.ingest.readings.Channel;
import io.loadcast.ingest.readings.IngestOutcome;
import io.loadcast.ingest.readings.ReadingIngestion;
import io.loadcast.ingest.readings.domain.ReadingInput;
import io.loadcast.ingest.readings.domain.Rejection;
import io.loadcast.starter.problem.LoadcastProblemException;
import io.loadcast.starter.problem.ProblemType;
import io.loadcast.starter.security.ApiCaller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/readings}: good rows are stored, bad rows reported by index. */
@RestController
class ReadingsController {

    private final ReadingIngestion ingestion;
    private final IngestProperties properties;

    ReadingsController(ReadingIngestion ingestion, IngestProperties properties) {
        this.ingestion = ingestion;
        this.properties = properties;
    }

    @PostMapping("/api/v1/readings")
    ReadingBatchResponse post(@Valid @RequestBody ReadingBatchRequest request, HttpServletRequest http) {
        int size = request.readings().size();
        if (size > properties.maxBatchSize()) {
            throw new LoadcastProblemException(
                            ProblemType.BATCH_TOO_LARGE,
                            size + " readings in one request; at most " + properties.maxBatchSize())
                    .with("field", "readings");
        }
        String source = "rest:" + ApiCaller.of(http).map(ApiCaller::name).orElse("anonymous");
        List<RowError> errors = new ArrayList<>();
        List<ReadingInput> inputs = new ArrayList<>(size);
        List<Integer> rowOfInput = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Object parsed = ReadingRowParser.parse(request.readings().get(i), source);
            if (parsed instanceof ReadingInput input) {
                inputs.add(input);
                rowOfInput.add(i);
            } else {
                errors.add(error(i, (Rejection) parsed));
            }
        }
        IngestOutcome outcome = ingestion.ingest(inputs, Channel.REST);
        outcome.rejected().forEach((index, rejection) -> errors.add(error(rowOfInput.get(index), rejection)));
        errors.sort((a, b) -> Integer.compare(a.index(), b.index()));
        if (outcome.stored().isEmpty()) {
            throw new LoadcastProblemException(
                            ProblemType.READINGS_REJECTED, "all " + size + " readings were rejected; see errors")
                    .with("errors", errors);
        }
        return new ReadingBatchResponse(
                size,
                outcome.stored().size(),
                outcome.summary().inserted(),
                outcome.summary().revised(),
                outcome.summary().unchanged(),
                errors);
    }

    private static RowError error(int index, Rejection rejection) {
        String field =
                rejection.field() == null ? "readings[" + index + "]" : "readings[" + index + "]." + rejection.field();
        return new RowError(index, field, rejection.reason().name(), rejection.detail());
    }
}
