package io.loadcast.rag.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the index in step with folders on disk ({@code loadcast.rag.demo-docs}): new and changed files are
 * (re)indexed, files that disappeared are deleted. Document ids are {@code <folder name>/<relative path>}.
 */
public final class FolderSync {

    private static final Logger log = LoggerFactory.getLogger(FolderSync.class);
    private static final int BATCH = 16;
    private static final Set<String> SKIPPED_FOLDERS = Set.of("target", "node_modules", "build", "dist");

    private final DocumentIngestion ingestion;
    private final TextExtractor extractor;
    private final List<Path> folders;

    FolderSync(DocumentIngestion ingestion, TextExtractor extractor, List<Path> folders) {
        this.ingestion = ingestion;
        this.extractor = extractor;
        this.folders = folders;
    }

    /** One pass over every folder; returns how many documents were (re)indexed. */
    public synchronized int syncAll() {
        int indexed = 0;
        for (Path folder : folders) {
            try {
                indexed += sync(folder.toAbsolutePath().normalize());
            } catch (IOException | RuntimeException e) {
                log.warn("Folder sync of {} failed", folder, e);
            }
        }
        return indexed;
    }

    private int sync(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            log.warn("Folder {} to index does not exist", folder);
            return 0;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(f -> !skipped(folder.relativize(f)))
                    .filter(f -> TextExtractor.SUPPORTED.contains(
                            TextExtractor.extension(f.getFileName().toString())))
                    .sorted()
                    .toList();
        }
        String source = folder.toString();
        Set<String> seen = new HashSet<>();
        List<DocumentInput> batch = new ArrayList<>();
        int indexed = 0;
        for (Path file : files) {
            String id = folder.getFileName() + "/"
                    + folder.relativize(file).toString().replace('\\', '/');
            seen.add(id);
            try (InputStream in = Files.newInputStream(file)) {
                DocumentInput doc = extractor.extract(id, file.getFileName().toString(), in);
                batch.add(new DocumentInput(
                        id,
                        doc.title(),
                        doc.text(),
                        DocumentIngestion.mergedMetadata(doc.metadata(), Map.of("syncedFrom", source))));
            } catch (IOException | RuntimeException e) {
                log.warn("Skipping {}: {}", file, e.getMessage());
            }
            if (batch.size() == BATCH) {
                indexed += changed(ingestion.ingest(batch));
                batch.clear();
            }
        }
        indexed += changed(ingestion.ingest(batch));
        int deleted = 0;
        for (String gone : ingestion.documentIdsSyncedFrom(source)) {
            if (!seen.contains(gone) && ingestion.delete(gone)) {
                deleted++;
            }
        }
        log.info("Synced {}: {} files, {} (re)indexed, {} deleted", folder, files.size(), indexed, deleted);
        return indexed;
    }

    /** Build output, dependencies and hidden folders are not documents (so a repository root can be synced). */
    private static boolean skipped(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith(".") || SKIPPED_FOLDERS.contains(name)) {
                return true;
            }
        }
        return false;
    }

    private static int changed(List<DocumentIngestion.Ingested> results) {
        return (int) results.stream().filter(r -> !r.unchanged()).count();
    }
}
