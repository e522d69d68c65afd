package dev.asdf.burnengine.solana.rpc;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.net.URI;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * One JSON-RPC endpoint with its own retry (transient failures only, honouring {@code Retry-After}) and circuit
 * breaker (opened by transient failures, never by a JSON-RPC error answer).
 */
final class Endpoint {
    final URI uri;
    final String name;
    private final Retry retry;
    private final CircuitBreaker breaker;
    private final AtomicLong calls = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final AtomicReference<String> lastError = new AtomicReference<>("");

    Endpoint(int index, URI uri, RpcSettings settings, Runnable onRetry) {
        this.uri = uri;
        this.name = "#" + index + " " + redact(uri);
        long base = settings.retryBackoff().toMillis();
        long max = settings.maxRetryBackoff().toMillis();
        IntervalBiFunction<Object> interval = (attempt, outcome) -> {
            if (outcome.isLeft() && outcome.getLeft() instanceof TransientRpcFailure t && t.retryAfter().isPresent()) {
                return t.retryAfter().get().toMillis();
            }
            return Math.min(max, base << Math.min(20, attempt - 1));
        };
        this.retry = Retry.of(name, RetryConfig.custom()
                .maxAttempts(settings.maxAttempts())
                .intervalBiFunction(interval)
                .retryOnException(e -> e instanceof TransientRpcFailure)
                .failAfterMaxAttempts(false)
                .build());
        this.retry.getEventPublisher().onRetry(e -> onRetry.run());
        this.breaker = CircuitBreaker.of(name, CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(settings.breakerWindow())
                .minimumNumberOfCalls(Math.min(settings.breakerWindow(), 5))
                .failureRateThreshold(settings.breakerFailureRatePercent())
                .waitDurationInOpenState(settings.breakerOpenFor())
                .permittedNumberOfCallsInHalfOpenState(1)
                // an open endpoint is tried last, so without a timed move to half open a preferred endpoint that
                // failed once would never be tried again while a later one answers
                .automaticTransitionFromOpenToHalfOpenEnabled(true)
                .recordException(e -> e instanceof TransientRpcFailure || e instanceof EndpointRejected)
                .build());
    }

    /** Runs one exchange through the breaker and the retry. */
    <T> T call(Supplier<T> exchange) {
        calls.incrementAndGet();
        Supplier<T> guarded = CircuitBreaker.decorateSupplier(breaker, () -> {
            try {
                return exchange.get();
            } catch (TransientRpcFailure | EndpointRejected e) {
                failures.incrementAndGet();
                lastError.set(e.getMessage());
                throw e;
            }
        });
        return Retry.decorateSupplier(retry, guarded).get();
    }

    CircuitBreaker.State breakerState() {
        return breaker.getState();
    }

    boolean open() {
        CircuitBreaker.State s = breaker.getState();
        return s == CircuitBreaker.State.OPEN || s == CircuitBreaker.State.FORCED_OPEN;
    }

    EndpointStatus status() {
        return new EndpointStatus(name, breaker.getState().name(), calls.get(), failures.get(), lastError.get());
    }

    /** Scheme, host and port: paths and queries often carry API keys, which are never logged. */
    static String redact(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() || "/".equals(uri.getRawPath()) ? "" : "/…";
        String query = uri.getRawQuery() == null ? "" : "?…";
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + path + query;
    }
}
