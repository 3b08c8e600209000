package io.loadcast.rag.documents;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Large uploads indexed in the background, in batches, with their progress readable while they run. */
public final class IngestJobs implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(IngestJobs.class);
    private static final int BATCH = 16;

    /** A job's progress. */
    public record Progress(
            String jobId,
            String status,
            int total,
            int done,
            int chunks,
            @Nullable String error) {}

    private final DocumentIngestion ingestion;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "rag-ingest"));
    private final Map<String, Progress> jobs = new ConcurrentHashMap<>();

    IngestJobs(DocumentIngestion ingestion) {
        this.ingestion = ingestion;
    }

    public Progress submit(List<DocumentInput> documents) {
        String id = UUID.randomUUID().toString();
        Progress queued = new Progress(id, "QUEUED", documents.size(), 0, 0, null);
        jobs.put(id, queued);
        worker.execute(() -> run(id, documents));
        return queued;
    }

    public Optional<Progress> progress(String jobId) {
        return Optional.ofNullable(jobs.get(jobId));
    }

    private void run(String id, List<DocumentInput> documents) {
        int done = 0;
        int chunks = 0;
        try {
            for (int from = 0; from < documents.size(); from += BATCH) {
                List<DocumentIngestion.Ingested> batch =
                        ingestion.ingest(documents.subList(from, Math.min(documents.size(), from + BATCH)));
                done += batch.size();
                chunks += batch.stream()
                        .mapToInt(DocumentIngestion.Ingested::chunks)
                        .sum();
                jobs.put(id, new Progress(id, "RUNNING", documents.size(), done, chunks, null));
            }
            jobs.put(id, new Progress(id, "DONE", documents.size(), done, chunks, null));
        } catch (RuntimeException e) {
            log.warn("Ingest job {} failed after {} documents", id, done, e);
            jobs.put(id, new Progress(id, "FAILED", documents.size(), done, chunks, e.getMessage()));
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
