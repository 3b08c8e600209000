package io.loadcast.starter.problem;

import java.net.URI;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * Stable {@code type} URIs of RFC 9457 problems. Clients switch on these, never on the human-readable title or
 * detail, so a slug once published is never renamed.
 */
public final class ProblemTypes {

    public static final String BASE = "https://loadcast.io/problems/";

    private ProblemTypes() {}

    public static URI of(String slug) {
        return URI.create(BASE + slug);
    }

    /** The type of a problem that has no more specific one: the status's reason phrase, e.g. {@code not-found}. */
    public static URI forStatus(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        String slug = known == null
                ? "http-" + status.value()
                : known.getReasonPhrase().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return of(slug);
    }
}
