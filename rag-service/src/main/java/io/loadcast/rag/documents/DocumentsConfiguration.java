package io.loadcast.rag.documents;

import io.loadcast.rag.RagProperties;
import io.loadcast.rag.search.SearchService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

@Configuration(proxyBeanMethods = false)
class DocumentsConfiguration {

    @Bean
    TextExtractor textExtractor() {
        return new TextExtractor();
    }

    @Bean
    DocumentIngestion documentIngestion(SearchService search, RagProperties properties, DocumentStore store) {
        return new DocumentIngestion(
                search,
                new Chunker(
                        properties.chunking().maxChars(),
                        properties.chunking().overlapChars(),
                        properties.chunking().maxTokens(),
                        search::countTokens),
                store);
    }

    @Bean(destroyMethod = "close")
    ChangeFollower changeFollower(DocumentStore store, DocumentIngestion ingestion) {
        return new ChangeFollower(store, ingestion);
    }

    /** Follows the shared change log once the service is ready: catches up from sequence 0, then polls. */
    @EventListener(ApplicationReadyEvent.class)
    void startChangeFollower(ApplicationReadyEvent ready) {
        RagProperties properties = ready.getApplicationContext().getBean(RagProperties.class);
        ready.getApplicationContext()
                .getBean(ChangeFollower.class)
                .start(properties.replicas().pollInterval().toMillis());
    }

    @Bean
    DocumentUploads documentUploads(TextExtractor extractor) {
        return new DocumentUploads(extractor);
    }

    @Bean(destroyMethod = "close")
    IngestJobs ingestJobs(DocumentIngestion ingestion) {
        return new IngestJobs(ingestion);
    }

    @Bean
    FolderSync folderSync(DocumentIngestion ingestion, TextExtractor extractor, RagProperties properties) {
        List<FolderSync.Folder> folders = new ArrayList<>();
        properties.demoDocs().stream()
                .filter(f -> !f.isBlank())
                .map(f -> FolderSync.Folder.all(Path.of(f)))
                .forEach(folders::add);
        RagProperties.SuiteDocs suite = properties.suiteDocs();
        if (suite.root() != null && !suite.root().isBlank()) {
            folders.add(new FolderSync.Folder(Path.of(suite.root()), suite.include(), suite.collection()));
        }
        return new FolderSync(ingestion, extractor, folders);
    }

    /** Syncs the folders once the service is ready (so probes answer at once), then on a fixed delay. */
    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService folderSyncScheduler() {
        return Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "rag-folder-sync");
            thread.setDaemon(true);
            return thread;
        });
    }

    @EventListener(ApplicationReadyEvent.class)
    void startFolderSync(ApplicationReadyEvent ready) {
        RagProperties properties = ready.getApplicationContext().getBean(RagProperties.class);
        boolean suite = properties.suiteDocs().root() != null
                && !properties.suiteDocs().root().isBlank();
        if (!suite && properties.demoDocs().stream().allMatch(String::isBlank)) {
            return;
        }
        FolderSync sync = ready.getApplicationContext().getBean(FolderSync.class);
        ready.getApplicationContext()
                .getBean(ScheduledExecutorService.class)
                .scheduleWithFixedDelay(
                        sync::syncAll, 0, properties.syncInterval().toMillis(), TimeUnit.MILLISECONDS);
    }
}
