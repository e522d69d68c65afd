package dev.asdf.burnengine.core.state;

import dev.asdf.burnengine.core.cycle.CycleStep;
import dev.asdf.burnengine.core.cycle.PreparedTransaction;
import java.time.Instant;
import java.util.Objects;

/** A step whose transaction was recorded and whose outcome was not (yet): it may still land. */
public record InFlightStep(CycleStep step, PreparedTransaction transaction, Instant recordedAt) {
    public InFlightStep {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(transaction, "transaction");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
