package dev.asdf.burnengine.http.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.asdf.burnengine.core.cycle.CycleStep;
import dev.asdf.burnengine.core.cycle.StepError;
import dev.asdf.burnengine.core.cycle.StepOutcome;

/**
 * One step of a cycle and, once known, its outcome. Fields that do not apply to the outcome are left out.
 *
 * @param outcome {@code planned} (dry run), {@code confirmed}, {@code failed}, {@code expired}, {@code not_sent} or
 *                {@code skipped}
 * @param tokensBurned base units (string), present when confirmed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record StepJson(String stepId, int index, String mint, String symbol, boolean isRoot, boolean collects,
        @LamportsJson Long allocationLamports, String outcome, String signature, String explorerUrl, Long slot,
        @LamportsJson Long lamportsSpent, String tokensBought, String tokensBurned, @LamportsJson Long sentToRootLamports,
        @LamportsJson Long devFeeLamports, String errorCode, String retryClass, String message) {

    static StepJson planned(CycleStep step) {
        return base(step, "planned", null, null, null);
    }

    static StepJson of(CycleStep step, StepOutcome outcome, Explorer explorer) {
        if (outcome instanceof StepOutcome.Confirmed c) {
            String sig = c.signature().toString();
            return new StepJson(step.id().toString(), step.id().index(), step.token().mint().toString(),
                    step.token().symbol(), step.token().isRoot(), step.collects(), step.allocation().value(),
                    "confirmed", sig, explorer.tx(sig), c.slot(), c.lamportsSpent().value(),
                    Long.toString(c.tokensBought().value()), Long.toString(c.tokensBurned().value()),
                    c.sentToRoot().value(), c.devFee().value(), null, null, null);
        }
        if (outcome instanceof StepOutcome.Failed f) {
            String sig = f.signature().toString();
            return withError(base(step, "failed", sig, explorer.tx(sig), null), f.error());
        }
        if (outcome instanceof StepOutcome.Expired e) {
            String sig = e.signature().toString();
            return base(step, "expired", sig, explorer.tx(sig),
                    "the transaction's blockhash expired before it landed; the step may be planned again");
        }
        if (outcome instanceof StepOutcome.NotSent n) {
            return withError(base(step, "not_sent", null, null, null), n.error());
        }
        return base(step, "skipped", null, null, ((StepOutcome.Skipped) outcome).reason());
    }

    private static StepJson base(CycleStep step, String outcome, String signature, String url, String message) {
        return new StepJson(step.id().toString(), step.id().index(), step.token().mint().toString(),
                step.token().symbol(), step.token().isRoot(), step.collects(), step.allocation().value(), outcome,
                signature, url, null, null, null, null, null, null, null, null, message);
    }

    private static StepJson withError(StepJson s, StepError error) {
        return new StepJson(s.stepId, s.index, s.mint, s.symbol, s.isRoot, s.collects, s.allocationLamports, s.outcome,
                s.signature, s.explorerUrl, s.slot, null, null, null, null, null, error.code(),
                error.retryClass().name(), error.message());
    }
}
