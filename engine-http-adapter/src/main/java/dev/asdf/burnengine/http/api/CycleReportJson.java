package dev.asdf.burnengine.http.api;

import dev.asdf.burnengine.core.cycle.CycleReport;
import dev.asdf.burnengine.core.cycle.StepOutcome;
import dev.asdf.burnengine.core.cycle.StepResult;
import java.util.List;

/**
 * A cycle's report ({@code /cycles}, {@code /cycles/{id}}, {@code POST /cycle}, the feed's {@code cycle_finished}).
 *
 * @param success true for COMPLETED and NOTHING_TO_DO
 * @param summary the plan's one-line summary
 * @param totalBurnedTokens base units burned across the cycle's tokens (a string)
 */
record CycleReportJson(String cycleId, String status, boolean success, String message, long startedAt,
        long finishedAt, String summary, @LamportsJson long feeFundsLamports, @LamportsJson long totalSpentLamports,
        String totalBurnedTokens, int stepsConfirmed, List<StepJson> steps, List<DecisionJson> decisions) {

    static CycleReportJson of(CycleReport r, Explorer explorer) {
        long spent = 0;
        long burned = 0;
        int confirmed = 0;
        for (StepResult result : r.results()) {
            if (result.outcome() instanceof StepOutcome.Confirmed c) {
                spent = Math.addExact(spent, c.lamportsSpent().value());
                burned = Math.addExact(burned, c.tokensBurned().value());
                confirmed++;
            }
        }
        List<StepJson> steps = r.results().isEmpty()
                ? r.plan().steps().stream().map(StepJson::planned).toList()
                : r.results().stream().map(s -> StepJson.of(s.step(), s.outcome(), explorer)).toList();
        return new CycleReportJson(r.id().value(), r.status().name(),
                r.status() == CycleReport.Status.COMPLETED || r.status() == CycleReport.Status.NOTHING_TO_DO,
                r.message(), Times.millis(r.startedAt()), Times.millis(r.finishedAt()), r.plan().summary(),
                r.plan().feeFunds().value(), spent, Long.toString(burned), confirmed, steps,
                r.plan().decisions().stream().map(DecisionJson::of).toList());
    }
}
