package io.loadcast.registry.mlflow;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/** MLflow page tokens: opaque to clients, an offset here (as in MLflow's SQL store). */
public final class PageToken {

    private PageToken() {}

    public static int offset(@Nullable String token) {
        if (token == null || token.isEmpty()) {
            return 0;
        }
        try {
            int offset = Integer.parseInt(new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8));
            if (offset < 0) {
                throw new NumberFormatException();
            }
            return offset;
        } catch (IllegalArgumentException e) {
            throw MlflowException.invalid("Invalid page token, could not base64-decode");
        }
    }

    /** The token of the next page, or null when this page was the last one. */
    public static @Nullable String next(int offset, int pageSize, boolean more) {
        return more
                ? Base64.getUrlEncoder()
                        .encodeToString(String.valueOf(offset + pageSize).getBytes(StandardCharsets.UTF_8))
                : null;
    }

    /** MLflow's max_results check; {@code fallback} when absent. */
    public static int maxResults(@Nullable Integer requested, int fallback, int limit) {
        int value = requested == null ? fallback : requested;
        if (value < 1 || value > limit) {
            throw MlflowException.invalid(
                    "Invalid value for max_results. It must be between 1 and " + limit + ", but got " + value);
        }
        return value;
    }
}
