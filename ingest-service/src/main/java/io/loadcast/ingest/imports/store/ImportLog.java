package io.loadcast.ingest.imports.store;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The files imported so far, by the sha256 of their content. */
@Repository
public class ImportLog {

    private final JdbcTemplate jdbc;

    ImportLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void record(UUID id, String fileName, String sha256, String reportJson) {
        jdbc.update(
                "insert into neso_imports (id, file_name, content_sha256, report) values (?, ?, ?, ?::jsonb)",
                id,
                fileName,
                sha256,
                reportJson);
    }

    public boolean contains(String sha256) {
        Boolean exists = jdbc.queryForObject(
                "select exists (select 1 from neso_imports where content_sha256 = ?)", Boolean.class, sha256);
        return Boolean.TRUE.equals(exists);
    }
}
