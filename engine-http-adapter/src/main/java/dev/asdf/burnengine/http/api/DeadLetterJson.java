package dev.asdf.burnengine.http.api;

import dev.asdf.burnengine.core.deadletter.DeadLetterEntry;

/**
 * A dead-letter entry ({@code /dlq}, {@code /tokens/{mint}}, the feed).
 *
 * @param nextRetryAt epoch ms of the automatic retry; meaningful only while {@code status} is SCHEDULED
 */
record DeadLetterJson(String mint, String label, String status, boolean open, int failures, String lastErrorCode,
        String lastErrorMessage, String retryClass, long firstFailedAt, long lastFailedAt, long nextRetryAt) {

    static DeadLetterJson of(DeadLetterEntry e) {
        return new DeadLetterJson(e.mint().toString(), e.label(), e.status().name(), e.isOpen(), e.failures(),
                e.lastError().code(), e.lastError().message(), e.lastError().retryClass().name(),
                Times.millis(e.firstFailedAt()), Times.millis(e.lastFailedAt()), Times.millis(e.nextRetryAt()));
    }
}
