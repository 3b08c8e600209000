package io.loadcast.ingest.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.ingest.IngestIntegrationTest;
import io.loadcast.ingest.IngestProperties;
import io.loadcast.ingest.imports.domain.NesoCsvFixture;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IngestIntegrationTest
class DemoDataImportTest {

    @Autowired
    NesoImports imports;

    @Autowired
    IngestProperties properties;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void importsEachFileOfTheDemoFolderOnceAndSkipsBadOnes(@TempDir Path folder) throws Exception {
        String csv = NesoCsvFixture.days(
                LocalDate.of(2013, 7, 1), LocalDate.of(2013, 7, 2), NesoCsvFixture.UPPER_2015, true, false);
        ByteArrayOutputStream gzip = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gzip)) {
            out.write(csv.getBytes(StandardCharsets.UTF_8));
        }
        Files.write(folder.resolve("demanddata_2013.csv.gz"), gzip.toByteArray());
        Files.write(folder.resolve("empty.csv"), new byte[0]);
        Files.writeString(folder.resolve("notes.txt"), "not a NESO file");
        DemoDataImport startup = new DemoDataImport(imports, properties.withDemoData(folder));

        startup.run(null);
        startup.run(null);

        assertThat(jdbc.queryForObject(
                        "select count(*) from neso_imports where file_name = 'demanddata_2013.csv.gz'", Long.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from readings r join series s on s.key = r.series_key"
                                // the settlement days 1-2 July 2013 (BST) span 30 June 23:00Z to 2 July 23:00Z
                                + " where s.id = 'GB-ND' and r.ts >= '2013-06-30T23:00:00Z'"
                                + " and r.ts < '2013-07-02T23:00:00Z'",
                        Long.class))
                .isEqualTo(96);
    }
}
