package dev.asdf.burnengine.core.cycle;

import dev.asdf.burnengine.core.fee.Reconciliation;
import java.util.List;
import java.util.Objects;

/**
 * A dry run: the plan a cycle would execute now, after the reconciliation it would apply, with nothing recorded or
 * sent.
 *
 * @param notes why a real cycle would be refused right now (emergency stop, unresolved steps), empty otherwise
 */
public record CyclePreview(CyclePlan plan, Reconciliation reconciliation, List<String> notes) {
    public CyclePreview {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(reconciliation, "reconciliation");
        notes = List.copyOf(notes);
    }
}
