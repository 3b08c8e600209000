package io.loadcast.registry.models.web;

import io.loadcast.registry.mlflow.Empty;
import io.loadcast.registry.mlflow.MlflowApi;
import io.loadcast.registry.mlflow.MlflowException;
import io.loadcast.registry.mlflow.Page;
import io.loadcast.registry.models.Aliases;
import io.loadcast.registry.models.Models;
import io.loadcast.registry.models.RegisteredModel;
import io.loadcast.registry.models.web.Responses.ModelVersionResponse;
import io.loadcast.registry.models.web.Responses.ModelVersionsResponse;
import io.loadcast.registry.models.web.Responses.RegisteredModelResponse;
import io.loadcast.registry.models.web.Responses.RegisteredModelsPage;
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

/** MLflow REST API 2.0: registered models and aliases. DELETEs take a JSON body or query parameters, as MLflow. */
@MlflowApi
@RestController
@RequestMapping("/api/2.0/mlflow/registered-models")
class RegisteredModelController {

    private final Models models;
    private final Aliases aliases;
    private final ModelPermissions permissions;

    RegisteredModelController(Models models, Aliases aliases, ModelPermissions permissions) {
        this.models = models;
        this.aliases = aliases;
        this.permissions = permissions;
    }

    @PostMapping("/create")
    RegisteredModelResponse create(@RequestBody ModelRequest r, HttpServletRequest request) {
        String actor = permissions.require(request, null, ApiRole.EDIT);
        RegisteredModelResponse created =
                new RegisteredModelResponse(models.create(r.name(), r.description(), r.tagList(), actor));
        permissions.grantCreator(request, created.registeredModel().name());
        return created;
    }

    @GetMapping("/get")
    RegisteredModelResponse get(@RequestParam(required = false) @Nullable String name) {
        return new RegisteredModelResponse(models.get(name));
    }

    @PostMapping("/rename")
    RegisteredModelResponse rename(@RequestBody ModelRequest r, HttpServletRequest request) {
        String name = MlflowException.require(r.name(), "name");
        String actor = permissions.require(request, name, ApiRole.EDIT);
        RegisteredModel renamed = models.rename(name, r.newName(), actor);
        permissions.renamed(name, renamed.name());
        return new RegisteredModelResponse(renamed);
    }

    @PatchMapping("/update")
    RegisteredModelResponse update(@RequestBody ModelRequest r, HttpServletRequest request) {
        String actor = permissions.require(request, r.name(), ApiRole.EDIT);
        return new RegisteredModelResponse(models.describe(r.name(), r.description(), actor));
    }

    @DeleteMapping("/delete")
    Empty delete(
            @RequestBody(required = false) @Nullable ModelRequest body,
            @RequestParam(required = false) @Nullable String name,
            HttpServletRequest request) {
        ModelRequest r = body != null ? body : ModelRequest.of(name, null, null, null);
        String modelName = MlflowException.require(r.name(), "name");
        models.delete(modelName, permissions.require(request, modelName, ApiRole.MANAGE));
        permissions.deleted(modelName);
        return Empty.INSTANCE;
    }

    @GetMapping("/search")
    RegisteredModelsPage search(
            @RequestParam(required = false) @Nullable String filter,
            @RequestParam(name = "max_results", required = false) @Nullable Integer maxResults,
            @RequestParam(name = "order_by", required = false) @Nullable List<String> orderBy,
            @RequestParam(name = "page_token", required = false) @Nullable String pageToken) {
        Page<RegisteredModel> page =
                models.search(filter, maxResults, orderBy == null ? List.of() : orderBy, pageToken);
        return new RegisteredModelsPage(page.items(), page.nextPageToken());
    }

    @PostMapping("/set-tag")
    Empty setTag(@RequestBody ModelRequest r, HttpServletRequest request) {
        models.setTag(r.name(), r.key(), r.value(), permissions.require(request, r.name(), ApiRole.EDIT));
        return Empty.INSTANCE;
    }

    @DeleteMapping("/delete-tag")
    Empty deleteTag(
            @RequestBody(required = false) @Nullable ModelRequest body,
            @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable String key,
            HttpServletRequest request) {
        ModelRequest r = body != null ? body : ModelRequest.of(name, null, key, null);
        models.deleteTag(r.name(), r.key(), permissions.require(request, r.name(), ApiRole.EDIT));
        return Empty.INSTANCE;
    }

    @GetMapping("/get-latest-versions")
    ModelVersionsResponse latestVersions(
            @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable List<String> stages) {
        return new ModelVersionsResponse(models.latestVersions(name, stages == null ? List.of() : stages));
    }

    @PostMapping("/get-latest-versions")
    ModelVersionsResponse latestVersionsByPost(@RequestBody ModelRequest r) {
        return latestVersions(r.name(), r.stages());
    }

    @PostMapping("/alias")
    Empty setAlias(@RequestBody ModelRequest r, HttpServletRequest request) {
        aliases.move(r.name(), r.alias(), r.version(), permissions.require(request, r.name(), ApiRole.EDIT));
        return Empty.INSTANCE;
    }

    @GetMapping("/alias")
    ModelVersionResponse getAlias(
            @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable String alias) {
        return new ModelVersionResponse(aliases.get(name, alias));
    }

    @DeleteMapping("/alias")
    Empty deleteAlias(
            @RequestBody(required = false) @Nullable ModelRequest body,
            @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable String alias,
            HttpServletRequest request) {
        ModelRequest r = body != null ? body : ModelRequest.of(name, null, null, alias);
        aliases.delete(r.name(), r.alias(), permissions.require(request, r.name(), ApiRole.EDIT));
        return Empty.INSTANCE;
    }
}
