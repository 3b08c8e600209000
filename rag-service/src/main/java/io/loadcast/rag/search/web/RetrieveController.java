package io.loadcast.rag.search.web;

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

    RetrieveController(SearchService search) {
        this.search = search;
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

    @Operation(summary = "Hybrid (BM25 + vector) search over the indexed chunks; a read, so it needs no API key")
    @PostMapping
    RetrieveResponse retrieve(@Valid @RequestBody RetrieveRequest request) {
        List<ScoredChunk> hits = search.search(
                request.query(),
                request.topK() == null ? 10 : request.topK(),
                request.filter() == null ? Map.of() : request.filter(),
                request.mode() == null ? RetrievalMode.HYBRID : request.mode());
        return new RetrieveResponse(hits.stream()
                .map(h -> new Result(
                        h.chunk().documentId(),
                        h.chunk().chunkId(),
                        h.chunk().title(),
                        h.chunk().section(),
                        h.score(),
                        h.chunk().text(),
                        h.chunk().metadata()))
                .toList());
    }
}
