package dev.asdf.burnengine.core.port;

import dev.asdf.burnengine.core.alert.Alert;

/** Tells an operator about something that needs attention. Must not block or throw; rate-limits itself. */
@FunctionalInterface
public interface Notifier {

    Notifier NONE = alert -> {
    };

    void notify(Alert alert);
}
