package io.loadcast.ingest.datasets.web;

import io.loadcast.ingest.datasets.Datasets;
import io.loadcast.ingest.datasets.domain.Dataset;
import io.loadcast.starter.problem.LoadcastProblemException;
import io.loadcast.starter.problem.ProblemType;
import jakarta.validation.Valid;
import java.io.InputStream;
import java.net.URI;
import java.util.UUID;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Dataset snapshots: create, describe, and read back the frozen content. */
@RestController
class DatasetsController {

    private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final Datasets datasets;

    DatasetsController(Datasets datasets) {
        this.datasets = datasets;
    }

    @PostMapping("/api/v1/datasets")
    ResponseEntity<Dataset> create(@Valid @RequestBody DatasetRequest request) {
        Dataset dataset = datasets.create(request.seriesIds(), request.from(), request.to());
        return ResponseEntity.created(URI.create("/api/v1/datasets/" + dataset.id()))
                .body(dataset);
    }

    @GetMapping("/api/v1/datasets/{id}")
    Dataset get(@PathVariable UUID id) {
        return datasets.find(id).orElseThrow(() -> notFound(id));
    }

    /** The canonical CSV; its ETag is its sha256, which never changes. */
    @GetMapping("/api/v1/datasets/{id}/content")
    ResponseEntity<InputStreamResource> content(@PathVariable UUID id) {
        Dataset dataset = datasets.find(id).orElseThrow(() -> notFound(id));
        InputStream content = datasets.content(id).orElseThrow(() -> notFound(id));
        return ResponseEntity.ok()
                .contentType(CSV)
                .eTag("\"" + dataset.sha256() + "\"")
                .header("X-Content-SHA256", dataset.sha256())
                .body(new InputStreamResource(content));
    }

    private static LoadcastProblemException notFound(UUID id) {
        return new LoadcastProblemException(ProblemType.DATASET_NOT_FOUND, "no dataset " + id)
                .with("datasetId", id.toString());
    }
}
