package dev.asdf.burnengine.solana.rpc;

import java.time.Duration;
import java.util.Optional;

/** A failure worth retrying on the same endpoint: a timeout, HTTP 429 or 5xx, a reset connection, a garbled body. */
final class TransientRpcFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Duration retryAfter;

    TransientRpcFailure(String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.retryAfter = retryAfter;
    }

    /** The server's {@code Retry-After}, when it sent one. */
    Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
