package io.loadcast.ingest.imports;

import io.loadcast.ingest.IngestProperties;
import io.loadcast.ingest.imports.domain.NesoFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Imports the NESO files ({@code *.csv}, {@code *.csv.gz}) of {@code loadcast.ingest.demo-data} at startup, before the
 * service reports ready, so the suite starts with real history. Files already imported (same content hash) are
 * skipped, so restarts cost nothing; a bad file is logged and the others still import.
 */
@Component
class DemoDataImport implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataImport.class);

    private final NesoImports imports;
    private final IngestProperties properties;

    DemoDataImport(NesoImports imports, IngestProperties properties) {
        this.imports = imports;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Path folder = properties.demoData();
        if (folder == null || folder.toString().isBlank()) {
            return;
        }
        if (!Files.isDirectory(folder)) {
            log.warn("demo data folder {} does not exist; nothing imported", folder);
            return;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().matches("(?i).*\\.csv(\\.gz)?"))
                    .sorted()
                    .toList();
        }
        for (Path file : files) {
            byte[] content = Files.readAllBytes(file);
            if (imports.alreadyImported(content)) {
                log.info("demo data {} already imported", file.getFileName());
                continue;
            }
            try {
                imports.importFile(file.getFileName().toString(), content);
            } catch (NesoFileException e) {
                log.warn("demo data {} not imported: {}", file.getFileName(), e.getMessage());
            }
        }
    }
}
