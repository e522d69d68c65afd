package dev.asdf.burnengine.core.testkit;

import dev.asdf.burnengine.core.alert.Alert;
import dev.asdf.burnengine.core.alert.AlertKind;
import dev.asdf.burnengine.core.port.Notifier;
import java.util.ArrayList;
import java.util.List;

/** Keeps every alert. */
public final class RecordingNotifier implements Notifier {
    private final List<Alert> alerts = new ArrayList<>();

    @Override
    public synchronized void notify(Alert alert) {
        alerts.add(alert);
    }

    public synchronized List<Alert> alerts() {
        return List.copyOf(alerts);
    }

    public synchronized List<Alert> alertsOf(AlertKind kind) {
        return alerts.stream().filter(a -> a.kind() == kind).toList();
    }
}
