package dev.asdf.burnengine.core.cycle;

import java.util.Objects;

/** A planned step and what became of it. */
public record StepResult(CycleStep step, StepOutcome outcome) {
    public StepResult {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(outcome, "outcome");
    }

    public boolean confirmed() {
        return outcome instanceof StepOutcome.Confirmed;
    }
}
