package io.loadcast.rag.documents.web;

import io.loadcast.rag.documents.DocumentIngestion;
import io.loadcast.rag.documents.DocumentInput;
import io.loadcast.rag.documents.DocumentUploads;
import io.loadcast.rag.documents.IngestJobs;
import io.loadcast.rag.search.DocumentSummary;
import io.loadcast.starter.problem.LoadcastProblemException;
import io.loadcast.starter.problem.ProblemType;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/documents")
class DocumentController {

    private final DocumentIngestion ingestion;
    private final DocumentUploads uploads;
    private final IngestJobs jobs;

    DocumentController(DocumentIngestion ingestion, DocumentUploads uploads, IngestJobs jobs) {
        this.ingestion = ingestion;
        this.uploads = uploads;
        this.jobs = jobs;
    }

    record DocumentsPage(List<DocumentSummary> items, int page, int size, int total) {}

    @Operation(
            summary =
                    "The stored documents in id order (shared by every replica), with titles and this replica's chunk counts (paged)")
    @GetMapping
    DocumentsPage list(
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        DocumentSummary.Page found = ingestion.documents(page, size);
        return new DocumentsPage(found.items(), page, size, found.total());
    }

    record DocumentRequest(
            @Nullable String id,
            @Nullable String title,
            @Nullable String text,
            @Nullable Map<String, String> metadata) {}

    record IngestResponse(List<DocumentIngestion.Ingested> documents, int chunks, long tookMs) {}

    @Operation(summary = "Index a JSON batch of documents; ?async=true returns a job to poll for large batches")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> ingestJson(
            @RequestBody List<DocumentRequest> batch, @RequestParam(defaultValue = "false") boolean async) {
        List<DocumentInput> documents = new ArrayList<>();
        for (int row = 0; row < batch.size(); row++) {
            DocumentRequest r = batch.get(row);
            documents.add(uploads.validated(
                    row, r.id(), r.title(), r.text(), r.metadata() == null ? Map.of() : r.metadata()));
        }
        return respond(documents, async);
    }

    @Operation(summary = "Index uploaded files (PDF, Markdown, HTML, plain text); the file name is the id")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> ingestFiles(
            @RequestPart("files") List<MultipartFile> files, @RequestParam(defaultValue = "false") boolean async)
            throws IOException {
        List<DocumentInput> documents = new ArrayList<>();
        for (int row = 0; row < files.size(); row++) {
            MultipartFile file = files.get(row);
            documents.add(uploads.fromFile(row, file.getOriginalFilename(), file.getInputStream()));
        }
        return respond(documents, async);
    }

    @Operation(summary = "Progress of a background ingestion job")
    @GetMapping("/jobs/{jobId}")
    IngestJobs.Progress job(@PathVariable String jobId) {
        return jobs.progress(jobId)
                .orElseThrow(() ->
                        new LoadcastProblemException(ProblemType.JOB_NOT_FOUND, "No ingestion job " + jobId + "."));
    }

    @Operation(summary = "Delete a document and its chunks")
    @DeleteMapping("/{*id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        String documentId = id.startsWith("/") ? id.substring(1) : id;
        if (!ingestion.delete(documentId)) {
            throw new LoadcastProblemException(
                    ProblemType.DOCUMENT_NOT_FOUND, "No document '" + documentId + "' is indexed.");
        }
        return ResponseEntity.noContent().build();
    }

    private ResponseEntity<?> respond(List<DocumentInput> documents, boolean async) {
        if (async) {
            IngestJobs.Progress job = jobs.submit(documents);
            return ResponseEntity.accepted()
                    .header("Location", "/api/v1/documents/jobs/" + job.jobId())
                    .body(job);
        }
        long start = System.nanoTime();
        List<DocumentIngestion.Ingested> results = ingestion.ingest(documents);
        return ResponseEntity.ok(new IngestResponse(
                results,
                results.stream().mapToInt(DocumentIngestion.Ingested::chunks).sum(),
                (System.nanoTime() - start) / 1_000_000));
    }
}
