package dev.asdf.burnengine.daemon;

import dev.asdf.burnengine.core.alert.Alert;
import dev.asdf.burnengine.core.alert.Severity;
import dev.asdf.burnengine.core.port.Notifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every alert also goes to the log, so an operator without webhooks still sees them. */
final class LoggingNotifier implements Notifier {
    private static final Logger LOG = LoggerFactory.getLogger("dev.asdf.burnengine.alerts");

    @Override
    public void notify(Alert alert) {
        if (alert.severity() == Severity.CRITICAL) {
            LOG.error("ALERT {} {}: {} {}", alert.kind(), alert.title(), alert.message(), alert.details());
        } else {
            LOG.warn("ALERT {} {}: {} {}", alert.kind(), alert.title(), alert.message(), alert.details());
        }
    }
}
