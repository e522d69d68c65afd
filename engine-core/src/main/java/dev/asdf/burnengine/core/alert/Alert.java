package dev.asdf.burnengine.core.alert;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Something an operator should look at, with what to do about it.
 *
 * @param details short key/value facts (mint, signature, amounts); never secrets
 */
public record Alert(AlertKind kind, Severity severity, Instant at, String title, String message, Map<String, String> details) {
    public Alert {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(message, "message");
        details = Map.copyOf(details);
    }
}
