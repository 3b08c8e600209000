package io.loadcast.starter.security;

import io.loadcast.starter.problem.LoadcastProblemException;
import io.loadcast.starter.problem.ProblemType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Writes need an API key with at least EDIT: {@code X-Api-Key}, or {@code Authorization: Bearer} as the MLflow
 * clients send their tracking token. Reads are open. A missing or unknown key is a 401 problem, a key without the
 * role a 403 problem, both rendered by the service's one problem handler.
 */
public final class ApiKeyFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-Api-Key";
    private static final Set<String> WRITE_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final ApiKeyRegistry keys;
    private final List<PathPattern> openPaths;
    private final HandlerExceptionResolver problemRenderer;

    public ApiKeyFilter(ApiKeyRegistry keys, List<String> openPaths, HandlerExceptionResolver problemRenderer) {
        this.keys = keys;
        this.openPaths =
                openPaths.stream().map(PathPatternParser.defaultInstance::parse).toList();
        this.problemRenderer = problemRenderer;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> presented = presentedKey(request);
        Optional<ApiCaller> caller = presented.flatMap(keys::authenticate);
        caller.ifPresent(c -> request.setAttribute(ApiCaller.ATTRIBUTE, c));

        if (!WRITE_METHODS.contains(request.getMethod()) || isOpen(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (presented.isEmpty()) {
            reject(request, response, unauthenticated("This write needs an API key in the " + HEADER + " header."));
        } else if (caller.isEmpty()) {
            reject(request, response, unauthenticated("The API key is not known to this service."));
        } else if (!caller.get().role().includes(ApiRole.EDIT)) {
            reject(
                    request,
                    response,
                    new LoadcastProblemException(
                                    ProblemType.FORBIDDEN,
                                    "API key '" + caller.get().name() + "' may only read.")
                            .with("requiredRole", ApiRole.EDIT));
        } else {
            chain.doFilter(request, response);
        }
    }

    private static Optional<String> presentedKey(HttpServletRequest request) {
        String key = request.getHeader(HEADER);
        if (key == null) {
            String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
            if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                key = authorization.substring(7).trim();
            }
        }
        return Optional.ofNullable(key).filter(k -> !k.isBlank());
    }

    private boolean isOpen(HttpServletRequest request) {
        PathContainer path = PathContainer.parsePath(
                request.getRequestURI().substring(request.getContextPath().length()));
        return openPaths.stream().anyMatch(p -> p.matches(path));
    }

    private static LoadcastProblemException unauthenticated(String detail) {
        return new LoadcastProblemException(ProblemType.UNAUTHENTICATED, detail);
    }

    private void reject(HttpServletRequest request, HttpServletResponse response, LoadcastProblemException problem) {
        problemRenderer.resolveException(request, response, null, problem);
    }
}
