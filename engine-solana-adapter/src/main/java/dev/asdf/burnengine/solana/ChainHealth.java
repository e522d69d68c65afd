package dev.asdf.burnengine.solana;

import java.util.Objects;

/**
 * The condition of one part of a {@link ChainConnection}, for {@code /health} and alerts.
 *
 * @param name a stable identifier, e.g. {@code rpc:primary} or {@code sandbox}
 * @param detail what is wrong and what to do, or a short summary when up (latency, circuit breaker state)
 */
public record ChainHealth(String name, Status status, String detail) {
    public enum Status {
        UP,
        DEGRADED,
        DOWN
    }

    public ChainHealth {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(detail, "detail");
    }
}
