package io.loadcast.forecast.calls;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.loadcast.forecast.ForecastProperties;
import io.micrometer.observation.ObservationRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * One loadcast service forecast-service calls: a Spring {@link RestClient} on the service's base URL with connect
 * and read timeouts and observations (metrics {@code http.client.requests}, trace context), its API key sent only
 * on that client (which is only ever given paths, never absolute URLs), bounded retries of idempotent calls on I/O
 * errors and 5xx answers (Resilience4j Retry), and a circuit breaker (Resilience4j CircuitBreaker) that refuses
 * calls for a while once most recent calls failed, so a down service costs a fast failure instead of a timeout.
 */
public final class ServiceClient {

    private final RestClient rest;
    private final Retry retry;
    private final CircuitBreaker breaker;

    private ServiceClient(RestClient rest, Retry retry, CircuitBreaker breaker) {
        this.rest = rest;
        this.retry = retry;
        this.breaker = breaker;
    }

    /** A client of the service {@code name} at {@code base}, sending {@code apiKey} (when set) on every call. */
    public static ServiceClient create(
            String name,
            URI base,
            @Nullable String apiKey,
            ForecastProperties.Http http,
            ObservationRegistry observations) {
        RestClient.Builder builder = restBuilder(http, observations).baseUrl(base);
        if (apiKey != null && !apiKey.isBlank()) {
            builder.defaultHeader("X-Api-Key", apiKey);
        }
        Retry retry = Retry.of(
                name,
                RetryConfig.custom()
                        .maxAttempts(http.maxAttempts())
                        .waitDuration(http.retryWait())
                        .retryOnException(ServiceClient::transientFailure)
                        .build());
        CircuitBreaker breaker = CircuitBreaker.of(
                name,
                CircuitBreakerConfig.custom()
                        .failureRateThreshold(http.breakerFailureRatePercent())
                        .slidingWindowSize(20)
                        .minimumNumberOfCalls(10)
                        .waitDurationInOpenState(http.breakerOpenFor())
                        .recordException(ServiceClient::transientFailure)
                        .build());
        return new ServiceClient(builder.build(), retry, breaker);
    }

    /** A builder with the timeouts and observations but no base URL and no key, for downloads elsewhere. */
    public static RestClient.Builder restBuilder(ForecastProperties.Http http, ObservationRegistry observations) {
        HttpClient jdk = HttpClient.newBuilder()
                .connectTimeout(http.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(jdk);
        factory.setReadTimeout(http.readTimeout());
        return RestClient.builder().requestFactory(factory).observationRegistry(observations);
    }

    public RestClient rest() {
        return rest;
    }

    /**
     * Runs a call through the circuit breaker, retrying it when {@code idempotent}; a refused call (breaker open)
     * throws {@link CallNotPermittedException}.
     */
    public <T> T call(boolean idempotent, Supplier<T> call) {
        Supplier<T> guarded = CircuitBreaker.decorateSupplier(breaker, call);
        return idempotent ? Retry.decorateSupplier(retry, guarded).get() : guarded.get();
    }

    /** The breaker's state, for tests and logs. */
    public CircuitBreaker.State state() {
        return breaker.getState();
    }

    private static boolean transientFailure(Throwable e) {
        return e instanceof ResourceAccessException || e instanceof HttpServerErrorException;
    }
}
