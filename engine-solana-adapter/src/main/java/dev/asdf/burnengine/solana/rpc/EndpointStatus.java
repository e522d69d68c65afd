package dev.asdf.burnengine.solana.rpc;

import java.util.Objects;

/**
 * What one endpoint looks like to the client right now, for {@code /health} and metrics.
 *
 * @param name the endpoint as shown everywhere: scheme, host and port only (paths and queries often hold API keys)
 * @param breaker the circuit breaker's state: CLOSED (in use), OPEN (skipped), HALF_OPEN (being probed)
 * @param lastError the last transient failure, or empty
 */
public record EndpointStatus(String name, String breaker, long calls, long failures, String lastError) {
    public EndpointStatus {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(breaker, "breaker");
        lastError = lastError == null ? "" : lastError;
    }

    public boolean usable() {
        return !"OPEN".equals(breaker) && !"FORCED_OPEN".equals(breaker);
    }
}
