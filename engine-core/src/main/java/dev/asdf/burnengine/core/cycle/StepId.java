package dev.asdf.burnengine.core.cycle;

import java.util.Objects;

/** Names one step of a cycle: the cycle and the step's position in the plan. */
public record StepId(CycleId cycle, int index) {
    public StepId {
        Objects.requireNonNull(cycle, "cycle");
        if (index < 0) {
            throw new IllegalArgumentException("step index cannot be negative, got " + index);
        }
    }

    /** Parses {@code <cycle>#<index>}, the form {@link #toString()} writes. */
    public static StepId parse(String text) {
        int hash = text.lastIndexOf('#');
        if (hash <= 0) {
            throw new IllegalArgumentException("step id '" + text + "' must look like <cycle id>#<index>");
        }
        try {
            return new StepId(new CycleId(text.substring(0, hash)), Integer.parseInt(text.substring(hash + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("step id '" + text + "' has no numeric index after '#'", e);
        }
    }

    @Override
    public String toString() {
        return cycle + "#" + index;
    }
}
