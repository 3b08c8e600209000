package io.loadcast.registry.artifacts;

import io.loadcast.registry.mlflow.MlflowException;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Uploads, downloads and lists artifacts. An upload is spooled to a temporary file while its SHA-256 is computed,
 * so the store receives a known length and the checksum is recorded before anyone can download the artifact.
 */
@Service
public class Artifacts {

    private final ArtifactStore store;
    private final JdbcTemplate jdbc;
    private final DistributionSummary uploaded;

    Artifacts(ArtifactStore store, JdbcTemplate jdbc, MeterRegistry meters) {
        this.store = store;
        this.jdbc = jdbc;
        this.uploaded = DistributionSummary.builder("loadcast.registry.artifacts.uploaded")
                .baseUnit("bytes")
                .description("size of artifacts uploaded")
                .register(meters);
    }

    public String upload(String path, InputStream body) {
        String key = ArtifactPath.normalize(path);
        if (key.isEmpty()) {
            throw MlflowException.invalid("An artifact upload needs a file path");
        }
        @Nullable Path spool = null;
        try {
            spool = Files.createTempFile("artifact-", ".upload");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size;
            try (InputStream in = new DigestInputStream(body, sha);
                    OutputStream out = Files.newOutputStream(spool)) {
                size = in.transferTo(out);
            }
            String digest = HexFormat.of().formatHex(sha.digest());
            store.put(key, spool, size);
            jdbc.update(
                    "insert into artifact_checksums (path, size_bytes, sha256) values (?, ?, ?) on conflict (path)"
                            + " do update set size_bytes = excluded.size_bytes, sha256 = excluded.sha256,"
                            + " stored_at = now()",
                    key,
                    size,
                    digest);
            uploaded.record(size);
            return digest;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store artifact " + key, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        } finally {
            deleteQuietly(spool);
        }
    }

    public StoredArtifact download(String path) {
        String key = ArtifactPath.normalize(path);
        try {
            InputStream content = store.open(key)
                    .orElseThrow(() -> MlflowException.notFound("Artifact '" + key + "' does not exist"));
            List<Map<String, Object>> row =
                    jdbc.queryForList("select sha256, size_bytes from artifact_checksums where path = ?", key);
            if (row.isEmpty()) {
                return new StoredArtifact(content, null, null);
            }
            Number size = (Number) row.get(0).get("size_bytes");
            return new StoredArtifact(
                    content, (String) row.get(0).get("sha256"), size == null ? null : size.longValue());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read artifact " + key, e);
        }
    }

    /** The children of {@code directory}, with paths relative to {@code relativeTo} as MLflow lists them. */
    public List<FileInfo> list(String directory, String relativeTo) {
        String key = ArtifactPath.normalize(directory);
        String base = ArtifactPath.normalize(relativeTo);
        try {
            return store.list(key).stream()
                    .map(e -> {
                        String full = ArtifactPath.join(key, e.name());
                        String shown = base.isEmpty() ? full : full.substring(base.length() + 1);
                        return new FileInfo(shown, e.directory(), e.directory() ? null : e.size());
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list artifacts under " + key, e);
        }
    }

    public void delete(String path) {
        String key = ArtifactPath.normalize(path);
        try {
            if (!store.delete(key)) {
                throw MlflowException.notFound("Artifact '" + key + "' does not exist");
            }
            jdbc.update("delete from artifact_checksums where path = ?", key);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete artifact " + key, e);
        }
    }

    private static void deleteQuietly(@Nullable Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a leftover temp file is harmless; the OS cleans its temp directory
            }
        }
    }
}
