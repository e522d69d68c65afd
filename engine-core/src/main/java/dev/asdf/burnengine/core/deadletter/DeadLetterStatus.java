package dev.asdf.burnengine.core.deadletter;

/** Where a dead-lettered token stands. */
public enum DeadLetterStatus {
    /** A transient failure; the engine retries automatically at {@code nextRetryAt}. */
    SCHEDULED,
    /** Retries exhausted or the entry is older than the expiry: the token waits for an operator. */
    EXPIRED,
    /** A failure retrying cannot fix: the token waits for an operator. */
    PERMANENT,
    /** A later step of the token confirmed. */
    RESOLVED
}
