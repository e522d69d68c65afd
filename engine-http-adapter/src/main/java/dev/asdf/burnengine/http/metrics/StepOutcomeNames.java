package dev.asdf.burnengine.http.metrics;

import dev.asdf.burnengine.core.cycle.StepOutcome;

/** The label values of step outcomes, the same words the API uses. */
final class StepOutcomeNames {
    private StepOutcomeNames() {}

    static String of(StepOutcome outcome) {
        if (outcome instanceof StepOutcome.Confirmed) {
            return "confirmed";
        }
        if (outcome instanceof StepOutcome.Failed) {
            return "failed";
        }
        if (outcome instanceof StepOutcome.Expired) {
            return "expired";
        }
        if (outcome instanceof StepOutcome.NotSent) {
            return "not_sent";
        }
        return "skipped";
    }
}
