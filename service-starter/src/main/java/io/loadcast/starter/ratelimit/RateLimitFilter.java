package io.loadcast.starter.ratelimit;

import io.github.bucket4j.ConsumptionProbe;
import io.loadcast.starter.problem.LoadcastProblemException;
import io.loadcast.starter.problem.ProblemType;
import io.loadcast.starter.security.ApiCaller;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Takes one token from the caller's bucket of the first group the request belongs to; with none left the answer is a
 * 429 problem {@code rate-limited} with {@code Retry-After}. Runs after the API key filter, so a caller with a valid
 * key is counted by the key's name and any other by its client address. When the bucket store cannot be reached
 * (database restarting) the request goes through: the limit protects the service, it must not take it down.
 */
public final class RateLimitFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);

    private record CompiledGroup(RateLimitProperties.Group group, List<PathPattern> paths) {}

    private final List<CompiledGroup> groups;
    private final CallerBuckets buckets;
    private final HandlerExceptionResolver problems;

    RateLimitFilter(RateLimitProperties properties, CallerBuckets buckets, HandlerExceptionResolver problems) {
        this.groups = properties.groups().stream()
                .map(g -> new CompiledGroup(
                        g,
                        g.paths().stream()
                                .map(PathPatternParser.defaultInstance::parse)
                                .toList()))
                .toList();
        this.buckets = buckets;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RateLimitProperties.@Nullable Group group = groupOf(request);
        if (group != null) {
            Optional<ApiCaller> caller = ApiCaller.of(request);
            String who = caller.map(c -> "key:" + c.name()).orElseGet(() -> "ip:" + request.getRemoteAddr());
            long waitSeconds = take(group, who, caller.isPresent());
            if (waitSeconds > 0) {
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(waitSeconds));
                problems.resolveException(request, response, null, tooMany(group, caller.isPresent(), waitSeconds));
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private RateLimitProperties.@Nullable Group groupOf(HttpServletRequest request) {
        PathContainer path = PathContainer.parsePath(
                request.getRequestURI().substring(request.getContextPath().length()));
        for (CompiledGroup compiled : groups) {
            var methods = compiled.group().methods();
            boolean methodMatches = methods.isEmpty()
                    || methods.stream().map(RequestMethod::name).anyMatch(request.getMethod()::equals);
            if (methodMatches && compiled.paths().stream().anyMatch(p -> p.matches(path))) {
                return compiled.group();
            }
        }
        return null;
    }

    /** 0 when a token was taken, else the whole seconds until one is there (at least 1). */
    private long take(RateLimitProperties.Group group, String who, boolean keyed) {
        ConsumptionProbe probe;
        try {
            probe = buckets.of(group, who, keyed).tryConsumeAndReturnRemaining(1);
        } catch (RuntimeException e) {
            log.warn(
                    "rate-limit store unavailable, request of {} in group {} let through: {}",
                    who,
                    group.name(),
                    e.toString());
            return 0;
        }
        if (probe.isConsumed()) {
            return 0;
        }
        return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
    }

    private static LoadcastProblemException tooMany(RateLimitProperties.Group group, boolean keyed, long wait) {
        return new LoadcastProblemException(
                        ProblemType.RATE_LIMITED,
                        (keyed ? "This API key" : "This client address") + " has used its budget of "
                                + group.perMinute(keyed) + " requests per minute for " + group.name()
                                + "; retry in " + wait + " s.")
                .with("group", group.name())
                .with("limitPerMinute", group.perMinute(keyed))
                .with("retryAfterSeconds", wait);
    }
}
