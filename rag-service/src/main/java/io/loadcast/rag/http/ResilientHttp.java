package io.loadcast.rag.http;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

/**
 * One sibling service behind a declarative {@code @HttpExchange} client: connect and read timeouts, bounded
 * retries of transient failures (connection refused or reset, timeouts, 5xx; never 4xx, which would fail again)
 * with a short back-off, and a Resilience4j circuit breaker that stops calling a service that keeps failing, so
 * that a dead dependency costs a fast failure rather than a timeout per question.
 */
public final class ResilientHttp {

    /** A call that failed after its retries, or was refused by the open circuit; {@code reason} is readable. */
    public static final class CallFailed extends RuntimeException {
        private final @Nullable RuntimeException cause;

        CallFailed(String reason, @Nullable RuntimeException cause) {
            super(reason, cause);
            this.cause = cause;
        }

        /** The last failure, e.g. an {@code HttpClientErrorException} carrying a problem body. */
        public @Nullable RuntimeException lastFailure() {
            return cause;
        }
    }

    private final String service;
    private final RestClient client;
    private final RetryTemplate retries;
    private final CircuitBreaker breaker;

    public ResilientHttp(String service, URI baseUrl, @Nullable String apiKey, Duration timeout, int maxRetries) {
        this.service = service;
        HttpClient http = HttpClient.newBuilder()
                // plain HTTP/1.1: no h2c upgrade attempt on every call to a sibling service
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
        factory.setReadTimeout(timeout);
        RestClient.Builder builder =
                RestClient.builder().baseUrl(baseUrl.toString()).requestFactory(factory);
        if (apiKey != null && !apiKey.isBlank()) {
            builder.defaultHeader("X-Api-Key", apiKey);
        }
        this.client = builder.build();
        this.retries = new RetryTemplate(RetryPolicy.builder()
                .maxRetries(maxRetries)
                .delay(Duration.ofMillis(50))
                .multiplier(2)
                .includes(ResourceAccessException.class, HttpServerErrorException.class)
                .build());
        this.breaker = CircuitBreaker.of(
                service,
                CircuitBreakerConfig.custom()
                        .slidingWindowSize(10)
                        .minimumNumberOfCalls(5)
                        .failureRateThreshold(50)
                        .waitDurationInOpenState(Duration.ofSeconds(10))
                        .permittedNumberOfCallsInHalfOpenState(2)
                        // a 4xx is the caller's answer (e.g. 422 "no readings"), not a sick service
                        .ignoreExceptions(HttpClientErrorException.class)
                        .build());
    }

    /** The declarative client of {@code api}, backed by this service's RestClient. */
    public <T> T client(Class<T> api) {
        return HttpServiceProxyFactory.builderFor(RestClientAdapter.create(client))
                .build()
                .createClient(api);
    }

    public CircuitBreaker.State state() {
        return breaker.getState();
    }

    /** Runs {@code call} through the circuit breaker and the retries; every failure becomes {@link CallFailed}. */
    public <T> T call(String what, Supplier<T> call) {
        try {
            return breaker.executeSupplier(() -> retried(call));
        } catch (CallNotPermittedException e) {
            throw new CallFailed(service + " is failing, its circuit is open", e);
        } catch (CallFailed e) {
            throw e;
        } catch (RuntimeException e) {
            throw new CallFailed(what + " failed: " + e.getClass().getSimpleName(), e);
        }
    }

    private <T> T retried(Supplier<T> call) {
        try {
            return retries.execute(call::get);
        } catch (RetryException e) {
            Throwable last = e.getCause() == null ? e : e.getCause();
            throw last instanceof RuntimeException r ? r : new IllegalStateException(last);
        }
    }
}
