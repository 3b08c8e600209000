package io.loadcast.rag.documents;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps this replica's Lucene index current with the shared {@link DocumentStore}: reads the change log after the
 * last sequence it applied and, for each document it names, indexes the document as stored now (or removes it when
 * it is no longer stored). Applying the current state rather than each change makes a change idempotent: the
 * replica that took an upload finds the document already indexed with its hash and embeds nothing twice.
 */
public final class ChangeFollower implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ChangeFollower.class);
    private static final int BATCH = 200;
    private static final int INDEX_BATCH = 16;

    private final DocumentStore store;
    private final DocumentIngestion ingestion;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "rag-change-follower");
        thread.setDaemon(true);
        return thread;
    });
    private volatile long applied;

    ChangeFollower(DocumentStore store, DocumentIngestion ingestion) {
        this.store = store;
        this.ingestion = ingestion;
    }

    /** Applies every change after the last one applied (from 0 after a start); returns how many it applied. */
    public synchronized int poll() {
        int total = 0;
        List<DocumentStore.Change> changes;
        do {
            changes = store.changesAfter(applied, BATCH);
            apply(changes);
            total += changes.size();
        } while (changes.size() == BATCH);
        return total;
    }

    /** Polls at once (catching up from sequence 0), then {@code interval} after each poll ends. */
    void start(long intervalMillis) {
        scheduler.scheduleWithFixedDelay(this::pollQuietly, 0, intervalMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }

    /** {@link #poll()} for a scheduler: a failure (database down) is logged and retried on the next tick. */
    void pollQuietly() {
        try {
            int count = poll();
            if (count > 0) {
                log.debug("Applied {} document changes up to seq {}", count, applied);
            }
        } catch (RuntimeException e) {
            log.warn("Following document changes failed after seq {}: {}", applied, e.getMessage());
        }
    }

    /** The last sequence number applied to this replica's index. */
    public long applied() {
        return applied;
    }

    private void apply(List<DocumentStore.Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        Set<String> ids = new LinkedHashSet<>();
        changes.forEach(c -> ids.add(c.documentId()));
        List<DocumentInput> present = new ArrayList<>();
        for (String id : ids) {
            Optional<DocumentStore.Stored> stored = store.find(id);
            if (stored.isPresent()) {
                present.add(stored.get().document());
            } else {
                ingestion.deleteLocally(id);
            }
        }
        for (int from = 0; from < present.size(); from += INDEX_BATCH) {
            ingestion.indexLocally(present.subList(from, Math.min(present.size(), from + INDEX_BATCH)));
        }
        applied = changes.get(changes.size() - 1).seq();
    }
}
