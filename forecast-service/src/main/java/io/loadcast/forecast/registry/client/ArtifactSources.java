package io.loadcast.forecast.registry.client;

import io.loadcast.forecast.ForecastProperties;
import io.loadcast.forecast.registry.UnsafeSourceException;
import java.net.URI;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Where a model version's {@code source} is downloaded from, as MLflow resolves artifact URIs:
 * {@code mlflow-artifacts:/<path>} through the registry's artifact API, {@code runs:/<run_id>/<path>} under the
 * run's artifact root, {@code models:/<name>/<version>} and {@code models:/<name>@<alias>} through that version's
 * own source. An {@code http(s)} source is followed only when its origin is the registry's or on the configured
 * allow-list; anything else (another scheme, another host, a bare path) is refused.
 */
@Component
class ArtifactSources {

    static final String ARTIFACTS = "/api/2.0/mlflow-artifacts/artifacts/";
    private static final Pattern RUNS = Pattern.compile("runs:/+([A-Za-z0-9_-]+)/(.+)");
    private static final Pattern ENCODED_ESCAPES = Pattern.compile("(?i)%2e|%2f|%5c|\\\\");
    private static final Pattern MODELS = Pattern.compile("models:/+([^/@]+)(?:/([0-9]+)|@([A-Za-z0-9_-]+))/?");

    /** What the registry knows that resolving needs. */
    interface Lookups {
        /** The artifact root of a run ({@code mlflow-artifacts:/0/<run>/artifacts}). */
        String runArtifactRoot(String runId);

        /** The source of a version ({@code alias} when {@code version} is null). */
        String versionSource(String model, @Nullable String versionOrNull, @Nullable String aliasOrNull);
    }

    private final URI registry;
    private final List<URI> allowed;

    ArtifactSources(ForecastProperties properties) {
        this.registry = properties.registryUrl();
        this.allowed = properties.artifacts().allowedOrigins();
    }

    /** The URL to fetch {@code source} from. */
    URI resolve(String source, Lookups lookups) {
        return resolve(source, lookups, 0);
    }

    private URI resolve(String source, Lookups lookups, int depth) {
        if (source.startsWith("mlflow-artifacts:")) {
            return onRegistry(source.replaceFirst("^mlflow-artifacts:/*", ""));
        }
        Matcher runs = RUNS.matcher(source);
        if (runs.matches()) {
            String root = lookups.runArtifactRoot(runs.group(1));
            return resolve(root.replaceAll("/+$", "") + "/" + runs.group(2), lookups, depth + 1);
        }
        Matcher models = MODELS.matcher(source);
        if (models.matches() && depth < 2) {
            return resolve(
                    lookups.versionSource(models.group(1), models.group(2), models.group(3)), lookups, depth + 1);
        }
        if (source.startsWith("http://") || source.startsWith("https://")) {
            return allowedHttp(URI.create(source));
        }
        throw new UnsafeSourceException("unsupported artifact source '" + source
                + "': expected mlflow-artifacts:/, runs:/, models:/ or an http(s) URL on an allowed origin");
    }

    private URI onRegistry(String relative) {
        if (ENCODED_ESCAPES.matcher(relative).find()) {
            throw new UnsafeSourceException("artifact path '" + relative + "' hides dots, slashes or backslashes");
        }
        URI uri = registry.resolve(ARTIFACTS + relative.replaceAll("^/+", ""));
        if (!RegistryCalls.sameOrigin(uri, registry)
                || !uri.normalize().getPath().startsWith(ARTIFACTS)) {
            throw new UnsafeSourceException("artifact path '" + relative + "' leaves the registry's artifact API");
        }
        return uri;
    }

    private URI allowedHttp(URI uri) {
        if (RegistryCalls.sameOrigin(uri, registry)
                || allowed.stream().anyMatch(origin -> RegistryCalls.sameOrigin(uri, origin))) {
            return uri;
        }
        throw new UnsafeSourceException("artifact source " + uri.getScheme() + "://" + uri.getAuthority()
                + " is neither registry-service nor an allowed origin (loadcast.forecast.artifacts.allowed-origins)");
    }
}
