package dev.asdf.burnengine.core.deadletter;

import java.time.Duration;
import java.util.Objects;

/**
 * When the engine retries a token whose step failed, and when it gives up.
 *
 * @param baseDelay delay before the first retry; each further retry doubles it
 * @param maxRetries automatic retries before the token waits for an operator
 * @param expiry an entry older than this (from its first failure) is given up
 * @param resolvedHistory resolved entries kept for display; open entries are never dropped
 */
public record DeadLetterPolicy(Duration baseDelay, int maxRetries, Duration expiry, int resolvedHistory) {
    public DeadLetterPolicy {
        Objects.requireNonNull(baseDelay, "baseDelay");
        Objects.requireNonNull(expiry, "expiry");
        if (baseDelay.isNegative() || baseDelay.isZero()) {
            throw new IllegalArgumentException("dead-letter baseDelay must be positive, got " + baseDelay);
        }
        if (maxRetries < 0 || maxRetries > 20) {
            throw new IllegalArgumentException("dead-letter maxRetries must be in 0..20, got " + maxRetries);
        }
        if (resolvedHistory < 0) {
            throw new IllegalArgumentException("dead-letter resolvedHistory cannot be negative, got " + resolvedHistory);
        }
    }

    /** The seed's schedule: 5 min × 2^(n−1) (5, 10, 20, 40, 80 min), 5 retries, given up after 24 h. */
    public static DeadLetterPolicy defaults() {
        return new DeadLetterPolicy(Duration.ofMinutes(5), 5, Duration.ofHours(24), 100);
    }

    /** Delay after the {@code failures}-th failure (1-based). */
    public Duration delayAfter(int failures) {
        if (failures < 1) {
            throw new IllegalArgumentException("failures is 1-based, got " + failures);
        }
        return baseDelay.multipliedBy(1L << Math.min(failures - 1, 30));
    }
}
