package io.loadcast.registry.models.web;

import io.loadcast.registry.mlflow.Empty;
import io.loadcast.registry.mlflow.MlflowApi;
import io.loadcast.registry.mlflow.Page;
import io.loadcast.registry.models.ModelVersion;
import io.loadcast.registry.models.Versions;
import io.loadcast.registry.models.web.Responses.DownloadUri;
import io.loadcast.registry.models.web.Responses.ModelVersionResponse;
import io.loadcast.registry.models.web.Responses.ModelVersionsPage;
import io.loadcast.starter.security.ApiRole;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** MLflow REST API 2.0: model versions. */
@MlflowApi
@RestController
@RequestMapping("/api/2.0/mlflow/model-versions")
class ModelVersionController {

    private final Versions versions;
    private final ModelPermissions permissions;

    ModelVersionController(Versions versions, ModelPermissions permissions) {
        this.versions = versions;
        this.permissions = permissions;
    }

    @PostMapping("/create")
    ModelVersionResponse create(@RequestBody ModelRequest r, HttpServletRequest request) {
        String actor = permissions.require(request, r.name(), ApiRole.EDIT);
        return new ModelVersionResponse(
                versions.create(r.name(), r.source(), r.runId(), r.runLink(), r.description(), r.tagList(), actor));
    }

    @GetMapping("/get")
    ModelVersionResponse get(
            @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable String version) {
        return new ModelVersionResponse(versions.get(name, version));
    }

    @PatchMapping("/update")
    ModelVersionResponse update(@RequestBody ModelRequest r, HttpServletRequest request) {
        String actor = permissions.require(request, r.name(), ApiRole.EDIT);
        return new ModelVersionResponse(versions.describe(r.name(), r.version(), r.description(), actor));
    }

    @DeleteMapping("/delete")
    Empty delete(
            @RequestBody(required = false) @Nullable ModelRequest body,
            @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable String version,
            HttpServletRequest request) {
        ModelRequest r = body != null ? body : ModelRequest.of(name, version, null, null);
        versions.delete(r.name(), r.version(), permissions.require(request, r.name(), ApiRole.MANAGE));
        return Empty.INSTANCE;
    }

    @GetMapping("/search")
    ModelVersionsPage search(
            @RequestParam(required = false) @Nullable String filter,
            @RequestParam(name = "max_results", required = false) @Nullable Integer maxResults,
            @RequestParam(name = "order_by", required = false) @Nullable List<String> orderBy,
            @RequestParam(name = "page_token", required = false) @Nullable String pageToken) {
        Page<ModelVersion> page = versions.search(filter, maxResults, orderBy == null ? List.of() : orderBy, pageToken);
        return new ModelVersionsPage(page.items(), page.nextPageToken());
    }

    @GetMapping("/get-download-uri")
    DownloadUri downloadUri(
            @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable String version) {
        return new DownloadUri(versions.get(name, version).source());
    }

    @PostMapping("/transition-stage")
    ModelVersionResponse transition(@RequestBody ModelRequest r, HttpServletRequest request) {
        String actor = permissions.require(request, r.name(), ApiRole.EDIT);
        return new ModelVersionResponse(versions.transition(
                r.name(), r.version(), r.stage(), Boolean.TRUE.equals(r.archiveExistingVersions()), actor));
    }

    @PostMapping("/set-tag")
    Empty setTag(@RequestBody ModelRequest r, HttpServletRequest request) {
        versions.setTag(
                r.name(), r.version(), r.key(), r.value(), permissions.require(request, r.name(), ApiRole.EDIT));
        return Empty.INSTANCE;
    }

    @DeleteMapping("/delete-tag")
    Empty deleteTag(
            @RequestBody(required = false) @Nullable ModelRequest body,
            @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable String version,
            @RequestParam(required = false) @Nullable String key,
            HttpServletRequest request) {
        ModelRequest r = body != null ? body : ModelRequest.of(name, version, key, null);
        versions.deleteTag(r.name(), r.version(), r.key(), permissions.require(request, r.name(), ApiRole.EDIT));
        return Empty.INSTANCE;
    }
}
