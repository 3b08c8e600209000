package io.loadcast.forecast.registry.client;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.loadcast.forecast.ForecastProperties;
import io.loadcast.forecast.calls.ServiceClient;
import io.loadcast.forecast.registry.RegistryUnavailableException;
import io.micrometer.observation.ObservationRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The HTTP calls to registry-service: through {@link ServiceClient} (timeouts, retries of reads, circuit breaker),
 * with the API key only on requests whose URI has the registry's own origin, and a size limit on downloads.
 * Artifacts on an allowed foreign origin are fetched by a second client that carries no key.
 */
@Component
class RegistryCalls {

    private final ServiceClient registry;
    private final RestClient keyless;
    private final URI base;
    private final long maxDownloadBytes;

    RegistryCalls(ForecastProperties properties, ObservationRegistry observations) {
        this.base = properties.registryUrl();
        this.registry =
                ServiceClient.create("registry", base, properties.registryApiKey(), properties.http(), observations);
        this.keyless =
                ServiceClient.restBuilder(properties.http(), observations).build();
        this.maxDownloadBytes = properties.artifacts().maxDownloadBytes();
    }

    URI base() {
        return base;
    }

    /**
     * Calls {@code path} (relative to the registry, already encoded) and returns the answer's body, or an empty
     * array for a 4xx when {@code tolerateClientError}.
     */
    byte[] call(HttpMethod method, String path, byte @Nullable [] json, boolean tolerateClientError) {
        URI uri = onRegistry(path);
        return guarded(method.equals(HttpMethod.GET), method + " " + uri.getPath(), () -> {
            RestClient.RequestBodySpec spec = registry.rest().method(method).uri(uri);
            if (json != null) {
                spec.contentType(MediaType.APPLICATION_JSON).body(json);
            }
            return spec.exchange((req, res) -> answer(res, tolerateClientError, method + " " + uri.getPath()), true);
        });
    }

    /** Uploads bytes with PUT to a path of the registry. */
    void put(String path, byte[] content) {
        URI uri = onRegistry(path);
        guarded(
                false,
                "PUT " + uri.getPath(),
                () -> registry.rest()
                        .put()
                        .uri(uri)
                        .contentType(MediaType.APPLICATION_OCTET_STREAM)
                        .body(content)
                        .exchange((req, res) -> answer(res, false, "PUT " + uri.getPath()), true));
    }

    /** Downloads {@code uri}: with the key when it is on the registry, without it elsewhere; at most the limit. */
    byte[] download(URI uri) {
        boolean own = sameOrigin(uri, base);
        RestClient client = own ? registry.rest() : keyless;
        return guarded(
                true,
                "GET " + uri,
                () -> client.get()
                        .uri(uri)
                        .exchange(
                                (req, res) -> {
                                    if (res.getStatusCode().value() >= 300) {
                                        throw new RegistryUnavailableException(
                                                "artifact download answered "
                                                        + res.getStatusCode().value() + ": " + uri,
                                                null);
                                    }
                                    return limited(res.getBody(), uri);
                                },
                                true));
    }

    static boolean sameOrigin(URI a, URI b) {
        return Objects.equals(a.getScheme(), b.getScheme())
                && Objects.equals(a.getHost(), b.getHost())
                && port(a) == port(b);
    }

    private static int port(URI u) {
        return u.getPort() != -1 ? u.getPort() : "https".equals(u.getScheme()) ? 443 : 80;
    }

    private URI onRegistry(String path) {
        URI uri = base.resolve(path);
        if (!sameOrigin(uri, base)) {
            throw new IllegalArgumentException("refusing to send the registry key to " + uri);
        }
        return uri;
    }

    private byte[] limited(InputStream body, URI uri) throws IOException {
        byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxDownloadBytes + 1));
        if (bytes.length > maxDownloadBytes) {
            throw new RegistryUnavailableException(
                    "artifact " + uri + " is larger than the limit of " + maxDownloadBytes + " bytes", null);
        }
        return bytes;
    }

    private static byte[] answer(
            RestClient.RequestHeadersSpec.ConvertibleClientHttpResponse res, boolean tolerateClientError, String what)
            throws IOException {
        int status = res.getStatusCode().value();
        byte[] body = res.getBody().readAllBytes();
        if (status >= 400 && status < 500 && tolerateClientError) {
            return new byte[0];
        }
        if (status >= 500) {
            throw new org.springframework.web.client.HttpServerErrorException(
                    res.getStatusCode(), "registry-service answered " + status + " to " + what);
        }
        if (status >= 300) {
            throw new RegistryUnavailableException(
                    "registry-service answered " + status + " to " + what + ": "
                            + new String(body, StandardCharsets.UTF_8),
                    null);
        }
        return body;
    }

    private <T> T guarded(boolean idempotent, String what, java.util.function.Supplier<T> call) {
        try {
            return registry.call(idempotent, call);
        } catch (CallNotPermittedException e) {
            throw new RegistryUnavailableException("registry-service circuit open, not calling " + what, e);
        } catch (RestClientException e) {
            throw new RegistryUnavailableException("registry-service failed " + what + ": " + e.getMessage(), e);
        }
    }
}
