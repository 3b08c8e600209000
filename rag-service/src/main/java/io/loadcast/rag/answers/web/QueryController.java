package io.loadcast.rag.answers.web;

import io.loadcast.rag.answers.AnswerService;
import io.loadcast.rag.answers.QueryResult;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class QueryController {

    private final AnswerService answers;

    QueryController(AnswerService answers) {
        this.answers = answers;
    }

    record QueryRequest(
            @NotBlank @Size(max = 4000) String question,
            @Nullable @Min(1) @Max(20) Integer topK,
            @Nullable @Size(max = 64) String variant,
            @Nullable @Size(max = 200) String sessionId) {}

    @Operation(
            summary = "Answer a question with citations, through the guardrails (fail closed: 503 when they are"
                    + " unreachable). Needs an API key: answers may cost LLM tokens.")
    @PostMapping("/api/v1/query")
    QueryResult query(@Valid @RequestBody QueryRequest request) {
        return answers.answer(new AnswerService.Question(
                request.question(),
                request.topK() == null ? 5 : request.topK(),
                request.variant(),
                request.sessionId()));
    }
}
