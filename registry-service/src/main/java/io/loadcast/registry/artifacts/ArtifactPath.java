package io.loadcast.registry.artifacts;

import io.loadcast.registry.mlflow.MlflowException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Normalises artifact paths and refuses any that could leave the artifact root (absolute, "..", backslashes). */
public final class ArtifactPath {

    private ArtifactPath() {}

    public static String normalize(@Nullable String path) {
        if (path == null || path.isEmpty()) {
            return "";
        }
        if (path.startsWith("/") || path.contains("\\") || path.indexOf('\0') >= 0) {
            throw MlflowException.invalid("Invalid artifact path: '" + path + "'");
        }
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/")) {
            if (part.equals("..")) {
                throw MlflowException.invalid("Invalid artifact path: '" + path + "'");
            }
            if (!part.isEmpty() && !part.equals(".")) {
                parts.add(part);
            }
        }
        return String.join("/", parts);
    }

    /** The store key of an {@code mlflow-artifacts:/...} URI (the form experiments and runs carry). */
    public static String ofUri(String uri) {
        String prefix = "mlflow-artifacts:";
        if (!uri.startsWith(prefix)) {
            throw MlflowException.invalid("Artifact URI '" + uri + "' is not served by this server's artifact proxy");
        }
        String rest = uri.substring(prefix.length());
        // mlflow-artifacts://host:port/path also occurs; the host part is not ours to interpret
        if (rest.startsWith("//")) {
            int slash = rest.indexOf('/', 2);
            rest = slash < 0 ? "" : rest.substring(slash);
        }
        return normalize(rest.replaceFirst("^/+", ""));
    }

    public static String join(String directory, String child) {
        return directory.isEmpty() ? child : child.isEmpty() ? directory : directory + "/" + child;
    }
}
