package io.loadcast.ingest.connectors;

import org.jspecify.annotations.Nullable;

/**
 * What one pull of a connector did.
 *
 * @param connector {@code neso} or {@code open_meteo}
 * @param outcome {@code success}, {@code failed} (server unreachable or an error status) or {@code malformed}
 * @param readingsStored readings written (new or revised)
 * @param rowsRejected rows or hours refused by the checks of an import
 * @param problem why the pull failed, when it did
 */
public record PullReport(
        String connector,
        String outcome,
        long readingsStored,
        long rowsRejected,
        @Nullable String problem) {

    static final String SUCCESS = "success";
    static final String FAILED = "failed";
    static final String MALFORMED = "malformed";
}
