package dev.asdf.burnengine.core.alert;

import dev.asdf.burnengine.core.port.Notifier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps an alert storm to a trickle: at most one alert per kind per cooldown; the next one that passes says how many
 * were held back since the last. A storm of a thousand failures sends one message, then one per cooldown.
 */
public final class AlertThrottle implements Notifier {
    private final Notifier delegate;
    private final Duration cooldown;
    private final Clock clock;
    private final Map<AlertKind, Instant> lastSent = new EnumMap<>(AlertKind.class);
    private final Map<AlertKind, Integer> heldBack = new EnumMap<>(AlertKind.class);

    public AlertThrottle(Notifier delegate, Duration cooldown, Clock clock) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.cooldown = Objects.requireNonNull(cooldown, "cooldown");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void notify(Alert alert) {
        Alert toSend;
        synchronized (this) {
            Instant now = clock.instant();
            Instant last = lastSent.get(alert.kind());
            if (last != null && now.isBefore(last.plus(cooldown))) {
                heldBack.merge(alert.kind(), 1, Integer::sum);
                return;
            }
            int suppressed = heldBack.getOrDefault(alert.kind(), 0);
            heldBack.remove(alert.kind());
            lastSent.put(alert.kind(), now);
            toSend = suppressed == 0 ? alert : withSuppressed(alert, suppressed, last);
        }
        delegate.notify(toSend);
    }

    /** Alerts of this kind held back since the last one sent. */
    public synchronized int heldBack(AlertKind kind) {
        return heldBack.getOrDefault(kind, 0);
    }

    private static Alert withSuppressed(Alert alert, int suppressed, Instant since) {
        Map<String, String> details = new HashMap<>(alert.details());
        details.put("suppressed", Integer.toString(suppressed));
        return new Alert(alert.kind(), alert.severity(), alert.at(), alert.title(),
                alert.message() + " (" + suppressed + " similar alert" + (suppressed == 1 ? "" : "s")
                        + " held back since " + since + ")", details);
    }
}
