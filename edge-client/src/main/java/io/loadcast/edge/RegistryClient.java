package io.loadcast.edge;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The calls to registry-service's MLflow REST API 2.0 an edge device needs: the version an alias points to
 * ({@code registered-models/alias}), a version ({@code model-versions/get}) and its artifact through the artifact
 * proxy, which sends the sha256 it recorded at upload as {@code X-Artifact-Sha256}. JDK {@link HttpClient}; reads
 * are retried by resilience4j on I/O errors and 5xx; the API key goes to the registry's own origin only.
 */
final class RegistryClient {

    /** A model version: its number and artifact source URI. */
    record VersionRef(String model, String version, String source) {}

    /** Downloaded bytes and the checksum the registry sent with them. */
    record Download(byte[] content, @Nullable String sha256) {}

    static final String CHECKSUM_HEADER = "X-Artifact-Sha256";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final EdgeConfig config;
    private final HttpClient http;
    private final Retry retry;

    RegistryClient(EdgeConfig config) {
        this.config = config;
        this.http = HttpClient.newBuilder()
                .connectTimeout(config.requestTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.retry = Retry.of(
                "registry",
                RetryConfig.custom()
                        .maxAttempts(config.retryAttempts())
                        .intervalFunction(IntervalFunction.ofExponentialBackoff(config.retryWait(), 2))
                        .retryExceptions(IOException.class, ServerError.class)
                        .build());
    }

    /** The version {@code alias} of {@code model} points to; empty when the registry has none (404). */
    Optional<VersionRef> alias(String model, String alias) {
        return versionAt("api/2.0/mlflow/registered-models/alias?name=" + enc(model) + "&alias=" + enc(alias));
    }

    /** A version of {@code model}; empty when unknown. */
    Optional<VersionRef> version(String model, String version) {
        return versionAt("api/2.0/mlflow/model-versions/get?name=" + enc(model) + "&version=" + enc(version));
    }

    private Optional<VersionRef> versionAt(String path) {
        HttpResponse<InputStream> response = send(config.registryUrl().resolve(path));
        try (InputStream body = response.body()) {
            if (response.statusCode() == 404) {
                return Optional.empty();
            }
            if (response.statusCode() != 200) {
                throw new RegistryUnavailableException(
                        "registry answered " + response.statusCode() + " to GET /" + path, null);
            }
            JsonNode version = JSON.readTree(body).path("model_version");
            return Optional.of(new VersionRef(
                    version.path("name").asString(),
                    version.path("version").asString(),
                    version.path("source").asString()));
        } catch (IOException | JacksonException e) {
            throw new RegistryUnavailableException("unreadable answer to GET /" + path + ": " + e.getMessage(), e);
        }
    }

    /** Downloads the artifact of {@code source} with the checksum the registry recorded, at most the size limit. */
    Download download(String source) {
        URI uri = ArtifactSource.resolve(source, config.registryUrl());
        HttpResponse<InputStream> response = send(uri);
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new ArtifactRejectedException(
                        "registry answered " + response.statusCode() + " to the artifact " + uri.getPath(), null);
            }
            byte[] content = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, config.maxArtifactBytes() + 1));
            if (content.length > config.maxArtifactBytes()) {
                throw new ArtifactRejectedException(
                        "artifact " + uri.getPath() + " is larger than " + config.maxArtifactBytes() + " bytes", null);
            }
            return new Download(
                    content, response.headers().firstValue(CHECKSUM_HEADER).orElse(null));
        } catch (IOException e) {
            throw new RegistryUnavailableException("download of " + uri.getPath() + " failed: " + e.getMessage(), e);
        }
    }

    private HttpResponse<InputStream> send(URI uri) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri).timeout(config.requestTimeout()).GET();
        String key = config.apiKey();
        if (key != null && ArtifactSource.sameOrigin(uri, config.registryUrl())) {
            request.header("X-Api-Key", key);
        }
        try {
            return Retry.decorateCheckedSupplier(retry, () -> attempt(request.build()))
                    .get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistryUnavailableException("interrupted while calling " + uri.getPath(), e);
        } catch (Throwable e) {
            throw new RegistryUnavailableException(
                    "registry unavailable after " + config.retryAttempts() + " attempts (GET " + uri.getPath() + "): "
                            + e.getMessage(),
                    e);
        }
    }

    private HttpResponse<InputStream> attempt(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() >= 500) {
            response.body().close();
            throw new ServerError("registry answered " + response.statusCode());
        }
        return response;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A 5xx answer: worth retrying. */
    static final class ServerError extends IOException {

        private static final long serialVersionUID = 1L;

        ServerError(String message) {
            super(message);
        }
    }
}
