package io.loadcast.edge;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * Where a version's {@code source} is downloaded from: {@code mlflow-artifacts:/<path>} through the registry's
 * artifact proxy, or an {@code http(s)} URL on the registry's own origin. Anything else (another host, another
 * scheme, a path hiding dots or slashes) is refused, so the device never fetches, nor sends its key, elsewhere.
 */
final class ArtifactSource {

    static final String ARTIFACTS = "api/2.0/mlflow-artifacts/artifacts/";
    private static final Pattern ENCODED_ESCAPES = Pattern.compile("(?i)%2e|%2f|%5c|\\\\|(^|/)\\.\\.(/|$)");

    private ArtifactSource() {}

    static URI resolve(String source, URI registry) {
        if (source.startsWith("mlflow-artifacts:")) {
            String relative = source.replaceFirst("^mlflow-artifacts:/*", "");
            if (ENCODED_ESCAPES.matcher(relative).find()) {
                throw new ArtifactRejectedException(
                        "artifact path '" + relative + "' hides dots, slashes or backslashes", null);
            }
            return registry.resolve(ARTIFACTS + relative);
        }
        if ((source.startsWith("http://") || source.startsWith("https://"))
                && sameOrigin(URI.create(source), registry)) {
            return URI.create(source);
        }
        throw new ArtifactRejectedException(
                "artifact source '" + source + "' is not on the registry (expected mlflow-artifacts:/ or "
                        + registry.getScheme() + "://" + registry.getAuthority() + ")",
                null);
    }

    static boolean sameOrigin(URI a, URI b) {
        return a.getScheme() != null
                && a.getScheme().equalsIgnoreCase(b.getScheme())
                && a.getHost() != null
                && a.getHost().equalsIgnoreCase(b.getHost())
                && port(a) == port(b);
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
