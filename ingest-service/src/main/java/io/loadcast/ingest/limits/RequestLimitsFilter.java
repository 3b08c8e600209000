package io.loadcast.ingest.limits;

import io.loadcast.ingest.IngestProperties;
import io.loadcast.starter.problem.LoadcastProblemException;
import io.loadcast.starter.problem.ProblemType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Refuses, before anything is read or buffered, a write whose declared body is larger than {@code
 * limits.max-request-bytes} (413 problem; multipart uploads have their own limit). Per-caller rates are the
 * starter's {@code loadcast.rate-limit} (shared by the replicas), configured in application.yml.
 */
final class RequestLimitsFilter extends OncePerRequestFilter {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final IngestProperties.Limits limits;
    private final HandlerExceptionResolver problems;

    RequestLimitsFilter(IngestProperties.Limits limits, HandlerExceptionResolver problems) {
        this.limits = limits;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !WRITES.contains(request.getMethod()) || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        String type = request.getContentType();
        boolean multipart = type != null && type.startsWith("multipart/");
        if (!multipart && length > limits.maxRequestBytes()) {
            reject(request, response, tooLarge(length));
            return;
        }
        chain.doFilter(request, response);
    }

    private LoadcastProblemException tooLarge(long length) {
        return new LoadcastProblemException(
                ProblemType.PAYLOAD_TOO_LARGE,
                "the body has " + length + " bytes; at most " + limits.maxRequestBytes() + " are accepted");
    }

    private void reject(HttpServletRequest request, HttpServletResponse response, LoadcastProblemException problem) {
        problems.resolveException(request, response, null, problem);
    }
}
