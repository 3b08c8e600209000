package io.loadcast.rag.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
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
    private final List<Folder> folders;

    /**
     * A folder to keep indexed.
     *
     * @param include which files (glob on the path relative to the folder, e.g. {@code docs/**}); empty = all
     * @param collection written to each document's {@code collection} metadata (e.g. {@code loadcast}), or empty
     */
    record Folder(Path path, List<String> include, String collection) {

        static Folder all(Path path) {
            return new Folder(path, List.of(), "");
        }

        boolean includes(Path relative) {
            if (include.isEmpty()) {
                return true;
            }
            return include.stream()
                    .anyMatch(glob -> FileSystems.getDefault()
                            .getPathMatcher("glob:" + glob)
                            .matches(relative));
        }
    }

    FolderSync(DocumentIngestion ingestion, TextExtractor extractor, List<Folder> folders) {
        this.ingestion = ingestion;
        this.extractor = extractor;
        this.folders = folders;
    }

    /** One pass over every folder; returns how many documents were (re)indexed. */
    public synchronized int syncAll() {
        int indexed = 0;
        for (Folder folder : folders) {
            try {
                indexed += sync(folder.path().toAbsolutePath().normalize(), folder);
            } catch (IOException | RuntimeException e) {
                log.warn("Folder sync of {} failed", folder, e);
            }
        }
        return indexed;
    }

    private int sync(Path folder, Folder spec) throws IOException {
        if (!Files.isDirectory(folder)) {
            log.warn("Folder {} to index does not exist", folder);
            return 0;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(f -> !skipped(folder.relativize(f)) && spec.includes(folder.relativize(f)))
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
                        DocumentIngestion.mergedMetadata(doc.metadata(), metadata(source, spec))));
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

    private static Map<String, String> metadata(String source, Folder spec) {
        return spec.collection().isEmpty()
                ? Map.of("syncedFrom", source)
                : Map.of("syncedFrom", source, "collection", spec.collection());
    }

    private static int changed(List<DocumentIngestion.Ingested> results) {
        return (int) results.stream().filter(r -> !r.unchanged()).count();
    }
}
