package io.loadcast.rag.tools;

import io.loadcast.rag.http.ResilientHttp;
import java.util.OptionalInt;
import org.springframework.web.client.RestClientResponseException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** A failed call to a sibling service in words an operator can read, with the problem's detail when there is one. */
final class Failures {

    private final JsonMapper json;

    Failures(JsonMapper json) {
        this.json = json;
    }

    /** "forecast-service answered HTTP 404 for GB-ND (No champion...)" or "forecast-service did not answer for GB-ND". */
    String reason(String service, String subject, ResilientHttp.CallFailed e) {
        if (e.lastFailure() instanceof RestClientResponseException response) {
            return service + " answered HTTP " + response.getStatusCode().value() + " for " + subject
                    + detail(response.getResponseBodyAsString());
        }
        return service + " did not answer for " + subject;
    }

    static OptionalInt status(ResilientHttp.CallFailed e) {
        return e.lastFailure() instanceof RestClientResponseException response
                ? OptionalInt.of(response.getStatusCode().value())
                : OptionalInt.empty();
    }

    /** The problem's {@code detail} (RFC 9457), when the error body is one. */
    private String detail(String body) {
        try {
            String detail = json.readTree(body).path("detail").asString("");
            return detail.isBlank() ? "" : " (" + detail.substring(0, Math.min(200, detail.length())) + ")";
        } catch (JacksonException e) {
            return "";
        }
    }
}
