package io.loadcast.starter.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * Who made a request, as established by {@link ApiKeyFilter} from a valid API key. Services read it for audit
 * records and for checks finer than "writes need EDIT" (for example MANAGE for approvals).
 *
 * @param name the key's configured name, never the key itself
 * @param role what the key may do
 */
public record ApiCaller(String name, ApiRole role) {

    static final String ATTRIBUTE = ApiCaller.class.getName();

    /** The caller of this request, when it presented a valid key. */
    public static Optional<ApiCaller> of(HttpServletRequest request) {
        return Optional.ofNullable((ApiCaller) request.getAttribute(ATTRIBUTE));
    }
}
