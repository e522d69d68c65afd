package dev.asdf.burnengine.http.api;

import dev.asdf.burnengine.core.cycle.CyclePreview;
import java.util.List;

/**
 * {@code POST /cycle?dryRun=true}: the plan a cycle would execute now, after the reconciliation it would apply.
 * Nothing is recorded or sent.
 *
 * @param notes why a real cycle would be refused right now; empty otherwise
 */
record PreviewJson(boolean dryRun, String cycleId, String summary, @LamportsJson long feeFundsLamports,
        @LamportsJson long totalAllocationLamports, List<StepJson> steps, List<DecisionJson> decisions,
        ReconciliationJson reconciliation, List<String> notes) {

    static PreviewJson of(CyclePreview p) {
        return new PreviewJson(true, p.plan().id().value(), p.plan().summary(), p.plan().feeFunds().value(),
                p.plan().totalAllocation().value(), p.plan().steps().stream().map(StepJson::planned).toList(),
                p.plan().decisions().stream().map(DecisionJson::of).toList(),
                ReconciliationJson.of(p.reconciliation()), p.notes());
    }
}
