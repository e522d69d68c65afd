package dev.asdf.burnengine.core.cycle;

import java.util.Objects;

/**
 * A decoded step failure.
 *
 * @param code stable machine-readable code, e.g. {@code pump:6002:TooMuchSolRequired} or {@code rpc:timeout}
 * @param message what happened and what to do, for operators
 */
public record StepError(String code, String message, RetryClass retryClass) {
    public StepError {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(retryClass, "retryClass");
    }

    @Override
    public String toString() {
        return code + " (" + retryClass + "): " + message;
    }
}
