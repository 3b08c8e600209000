package io.loadcast.guardrail.guard.web;

import io.github.bucket4j.ConsumptionProbe;
import io.loadcast.guardrail.GuardrailProperties;
import io.loadcast.starter.problem.LoadcastProblemException;
import io.loadcast.starter.problem.ProblemType;
import io.loadcast.starter.security.ApiCaller;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The checks are open paths for {@code ApiKeyFilter} (they only read, so READ keys may call them), but each still
 * needs a valid key: its name selects the policy and its token bucket ({@link RateLimitBuckets}, shared by every
 * replica) limits the rate.
 */
@Component
class GuardAccessInterceptor implements HandlerInterceptor {

    private static final String PASSAGES = "/api/v1/guard/passages";

    private final RateLimitBuckets buckets;
    private final GuardrailProperties.RateLimit limit;
    private final Counter limited;

    GuardAccessInterceptor(GuardrailProperties properties, RateLimitBuckets buckets, MeterRegistry registry) {
        this.buckets = buckets;
        this.limit = properties.rateLimit();
        this.limited = Counter.builder("loadcast.guardrail.rate.limited")
                .description("Guard and PII requests refused by the per-key rate limit")
                .register(registry);
    }

    /** Name used for requests without a key on the open passage check: the default policy and a shared bucket. */
    static final String ANONYMOUS = "anonymous";

    /** The key's name, or {@link #ANONYMOUS} without a key (the passage check needs none). */
    static String callerOrAnonymous(HttpServletRequest request) {
        return ApiCaller.of(request).map(ApiCaller::name).orElse(ANONYMOUS);
    }

    static String callerName(HttpServletRequest request) {
        return ApiCaller.of(request).map(ApiCaller::name).orElseThrow(GuardAccessInterceptor::unauthenticated);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String caller = request.getRequestURI().endsWith(PASSAGES) ? callerOrAnonymous(request) : callerName(request);
        ConsumptionProbe probe = buckets.consume(caller);
        if (!probe.isConsumed()) {
            limited.increment();
            long seconds = Math.max(
                    1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds());
            response.setHeader("Retry-After", Long.toString(seconds));
            throw new LoadcastProblemException(
                            ProblemType.RATE_LIMITED,
                            "API key '" + caller + "' has used its " + limit.capacityOf(caller) + " requests; retry in "
                                    + seconds + " s.")
                    .with("retryAfterSeconds", seconds);
        }
        return true;
    }

    private static LoadcastProblemException unauthenticated() {
        return new LoadcastProblemException(
                ProblemType.UNAUTHENTICATED,
                "The guard checks need a valid API key (any role) in the X-Api-Key header; its policy applies.");
    }
}
