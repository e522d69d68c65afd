package dev.asdf.burnengine.core.cycle;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.money.Lamports;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The ordered steps of one cycle and, for every token, why it runs or waits.
 *
 * @param feeFunds lamports of pending fees the chain holds for this cycle (vaults plus float)
 * @param summary one line for logs and the API ("2 steps: root + 1 secondary, 0.61 SOL", "nothing to do: ...")
 */
public record CyclePlan(CycleId id, Instant plannedAt, List<CycleStep> steps, List<TokenDecision> decisions,
        Lamports feeFunds, String summary) {

    public CyclePlan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(plannedAt, "plannedAt");
        steps = List.copyOf(steps);
        decisions = List.copyOf(decisions);
        Objects.requireNonNull(feeFunds, "feeFunds");
        Objects.requireNonNull(summary, "summary");
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }

    /** The mint of every token with a step, in step order. */
    public List<Address> runningMints() {
        return steps.stream().map(step -> step.token().mint()).toList();
    }

    public Lamports totalAllocation() {
        Lamports sum = Lamports.ZERO;
        for (CycleStep step : steps) {
            sum = sum.plus(step.allocation());
        }
        return sum;
    }
}
