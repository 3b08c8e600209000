package io.loadcast.rag.search.web;

import io.loadcast.rag.guard.PassageScreen;
import io.loadcast.rag.search.RetrievalMode;
import io.loadcast.rag.search.ScoredChunk;
import io.loadcast.rag.search.SearchService;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/retrieve")
class RetrieveController {

    private final SearchService search;
    private final PassageScreen passages;

    RetrieveController(SearchService search, PassageScreen passages) {
        this.search = search;
        this.passages = passages;
    }

    record RetrieveRequest(
            @NotBlank @Size(max = 4000) String query,
            @Nullable @Min(1) @Max(1000) Integer topK,
            @Nullable Map<String, String> filter,
            @Nullable RetrievalMode mode) {}

    record Result(
            String documentId,
            String chunkId,
            String title,
            String section,
            double score,
            String text,
            Map<String, String> metadata) {}

    record RetrieveResponse(List<Result> results) {}

    @Operation(
            summary = "Hybrid (BM25 + vector) search over the indexed chunks; a read, so it needs no API key. Passages"
                    + " flagged as indirect injection are dropped and personal data is redacted (503 when the"
                    + " guardrail cannot check them)")
    @PostMapping
    RetrieveResponse retrieve(@Valid @RequestBody RetrieveRequest request) {
        List<ScoredChunk> hits = search.search(
                request.query(),
                request.topK() == null ? 10 : request.topK(),
                request.filter() == null ? Map.of() : request.filter(),
                request.mode() == null ? RetrievalMode.HYBRID : request.mode());
        // the same policy as answers: injected passages are dropped, personal data redacted, fail closed
        return new RetrieveResponse(
                passages.screen(hits, h -> h.chunk().chunkId(), h -> h.chunk().text()).stream()
                        .map(s -> new Result(
                                s.item().chunk().documentId(),
                                s.item().chunk().chunkId(),
                                s.item().chunk().title(),
                                s.item().chunk().section(),
                                s.item().score(),
                                s.text(),
                                s.item().chunk().metadata()))
                        .toList());
    }
}
