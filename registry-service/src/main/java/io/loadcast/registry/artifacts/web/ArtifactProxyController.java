package io.loadcast.registry.artifacts.web;

import io.loadcast.registry.artifacts.Artifacts;
import io.loadcast.registry.artifacts.FileInfo;
import io.loadcast.registry.artifacts.StoredArtifact;
import io.loadcast.registry.mlflow.Empty;
import io.loadcast.registry.mlflow.MlflowApi;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * MLflow's artifact proxy ({@code mlflow server --serve-artifacts}): clients upload, download and list
 * {@code mlflow-artifacts:/} URIs here. Bodies stream in both directions.
 */
@MlflowApi
@RestController
@RequestMapping("/api/2.0/mlflow-artifacts/artifacts")
class ArtifactProxyController {

    /** Header carrying the SHA-256 recorded at upload, so clients can verify a download. */
    static final String CHECKSUM_HEADER = "X-Artifact-Sha256";

    record Listing(List<FileInfo> files) {}

    private final Artifacts artifacts;
    private final ArtifactPermissions permissions;

    ArtifactProxyController(Artifacts artifacts, ArtifactPermissions permissions) {
        this.artifacts = artifacts;
        this.permissions = permissions;
    }

    @PutMapping("/{*path}")
    ResponseEntity<Empty> upload(@PathVariable String path, HttpServletRequest request) throws IOException {
        permissions.requireWrite(request, strip(path));
        FormBodies.refuse(request);
        String sha256 = artifacts.upload(strip(path), request.getInputStream());
        return ResponseEntity.ok().header(CHECKSUM_HEADER, sha256).body(Empty.INSTANCE);
    }

    @GetMapping(value = "", params = "!path")
    Listing listRoot() {
        return new Listing(artifacts.list("", ""));
    }

    @GetMapping(value = "", params = "path")
    Listing list(@RequestParam @Nullable String path) {
        String dir = path == null ? "" : strip(path);
        return new Listing(artifacts.list(dir, dir));
    }

    @GetMapping("/{*path}")
    ResponseEntity<Resource> download(@PathVariable String path) {
        StoredArtifact artifact = artifacts.download(strip(path));
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM);
        if (artifact.sha256() != null) {
            response.header(CHECKSUM_HEADER, artifact.sha256());
        }
        if (artifact.size() != null) {
            response.header(HttpHeaders.CONTENT_LENGTH, String.valueOf(artifact.size()));
        }
        return response.body(new InputStreamResource(artifact.content()));
    }

    @DeleteMapping("/{*path}")
    Empty delete(@PathVariable String path, HttpServletRequest request) {
        permissions.requireWrite(request, strip(path));
        artifacts.delete(strip(path));
        return Empty.INSTANCE;
    }

    private static String strip(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
