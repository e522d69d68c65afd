package dev.asdf.burnengine.core.state;

import java.time.Instant;
import java.util.Objects;

/** Whether an operator stopped all cycles; journaled, so it survives restarts. */
public record EmergencyStop(boolean engaged, String reason, String actor, Instant since) {
    public static final EmergencyStop RELEASED = new EmergencyStop(false, "", "", Instant.EPOCH);

    public EmergencyStop {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(since, "since");
    }
}
