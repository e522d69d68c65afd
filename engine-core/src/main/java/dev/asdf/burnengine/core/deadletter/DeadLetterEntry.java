package dev.asdf.burnengine.core.deadletter;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.cycle.StepError;
import java.time.Instant;
import java.util.Objects;

/**
 * A token whose step failed, and what the engine does about it.
 *
 * @param failures failed attempts so far
 * @param nextRetryAt when the automatic retry is due; meaningful only while {@link DeadLetterStatus#SCHEDULED}
 */
public record DeadLetterEntry(Address mint, String label, StepError lastError, int failures, Instant firstFailedAt,
        Instant lastFailedAt, Instant nextRetryAt, DeadLetterStatus status) {
    public DeadLetterEntry {
        Objects.requireNonNull(mint, "mint");
        Objects.requireNonNull(lastError, "lastError");
        Objects.requireNonNull(firstFailedAt, "firstFailedAt");
        Objects.requireNonNull(lastFailedAt, "lastFailedAt");
        Objects.requireNonNull(nextRetryAt, "nextRetryAt");
        Objects.requireNonNull(status, "status");
        if (failures < 0) {
            throw new IllegalArgumentException("failures cannot be negative, got " + failures);
        }
        label = label == null ? mint.toString() : label;
    }

    DeadLetterEntry with(DeadLetterStatus newStatus, Instant newNextRetryAt) {
        return new DeadLetterEntry(mint, label, lastError, failures, firstFailedAt, lastFailedAt, newNextRetryAt, newStatus);
    }

    public boolean isOpen() {
        return status != DeadLetterStatus.RESOLVED;
    }
}
