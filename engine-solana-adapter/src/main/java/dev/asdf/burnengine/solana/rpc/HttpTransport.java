package dev.asdf.burnengine.solana.rpc;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * POSTs JSON bodies with the JDK client forced to HTTP/1.1: a Node server with a WebSocket upgrade handler answers the
 * JDK's HTTP/2 {@code Upgrade: h2c} badly (testing-peers §6.8). Every failure worth a retry becomes a
 * {@link TransientRpcFailure}; a refusal (401, 403, 404...) an {@link EndpointRejected}.
 */
final class HttpTransport implements AutoCloseable {
    private static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);
    private final ExecutorService threads = Executors.newCachedThreadPool(daemonThreads("rpc-http"));
    private final HttpClient client;

    HttpTransport(Duration connectTimeout) {
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .executor(threads)
                .build();
    }

    /** The client, shared with the WebSocket so both use HTTP/1.1 and the same threads. */
    HttpClient client() {
        return client;
    }

    String post(URI uri, String name, String body, Duration timeout) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new TransientRpcFailure(name + " did not answer within " + timeout.toMillis() + " ms", null, e);
        } catch (IOException e) {
            // includes a reset of a reused keep-alive connection (testing-peers §6.9): retryable
            throw new TransientRpcFailure(name + " connection failed: " + e, null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransientRpcFailure("interrupted while waiting for " + name, null, e);
        }
        int status = response.statusCode();
        if (status == 200) {
            return response.body();
        }
        if (status == 429) {
            Duration retryAfter = retryAfter(response).orElse(null);
            throw new TransientRpcFailure(name + " rate-limited the request (HTTP 429"
                    + (retryAfter == null ? "" : ", Retry-After " + retryAfter.toMillis() + " ms") + ")", retryAfter, null);
        }
        if (status >= 500 || status == 408) {
            throw new TransientRpcFailure(name + " answered HTTP " + status, retryAfter(response).orElse(null), null);
        }
        throw new EndpointRejected(name + " refused the request with HTTP " + status
                + "; check the URL and any API key in rpc.endpoints");
    }

    private static Optional<Duration> retryAfter(HttpResponse<?> response) {
        Optional<String> header = response.headers().firstValue("Retry-After");
        if (header.isEmpty()) {
            return Optional.empty();
        }
        String text = header.get().strip();
        try {
            return Optional.of(cap(Duration.ofSeconds(Long.parseLong(text))));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration until = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME));
                return Optional.of(cap(until.isNegative() ? Duration.ZERO : until));
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }

    private static Duration cap(Duration d) {
        return d.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : d;
    }

    static java.util.concurrent.ThreadFactory daemonThreads(String prefix) {
        java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
