package dev.asdf.burnengine.core.cycle;

import dev.asdf.burnengine.core.money.Lamports;
import java.util.Objects;

/**
 * Operator limits on one cycle.
 *
 * @param maxSecondariesPerCycle how many secondary buy-backs one cycle may run (each is one transaction)
 * @param maxSpendPerCycle lamports one cycle may move out in total
 */
public record PlannerLimits(int maxSecondariesPerCycle, Lamports maxSpendPerCycle) {
    public PlannerLimits {
        if (maxSecondariesPerCycle < 0 || maxSecondariesPerCycle > 64) {
            throw new IllegalArgumentException("maxSecondariesPerCycle must be in 0..64, got " + maxSecondariesPerCycle);
        }
        Objects.requireNonNull(maxSpendPerCycle, "maxSpendPerCycle");
    }

    public static PlannerLimits defaults() {
        return new PlannerLimits(4, Lamports.of(Long.MAX_VALUE));
    }
}
