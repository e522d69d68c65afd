package dev.asdf.burnengine.core.cycle;

import dev.asdf.burnengine.core.money.Lamports;
import java.util.Objects;

/**
 * How cycles are planned and watched.
 *
 * @param reconcileToleranceLamports ledger/chain differences up to this are not adjusted
 * @param discrepancyAlertLamports a reconciliation adjusting more than this raises a ledger-discrepancy alert
 * @param repeatedFailureAlertAfter consecutive failed cycles before a repeated-failures alert
 * @param lowFeePayerBalance below this the fee payer gets a low-balance alert
 */
public record CycleSettings(PlannerLimits limits, long reconcileToleranceLamports, long discrepancyAlertLamports,
        int repeatedFailureAlertAfter, Lamports lowFeePayerBalance) {
    public CycleSettings {
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(lowFeePayerBalance, "lowFeePayerBalance");
        if (reconcileToleranceLamports < 0 || discrepancyAlertLamports < 0) {
            throw new IllegalArgumentException("reconciliation thresholds cannot be negative");
        }
        if (repeatedFailureAlertAfter < 1) {
            throw new IllegalArgumentException("repeatedFailureAlertAfter must be at least 1, got " + repeatedFailureAlertAfter);
        }
    }

    public static CycleSettings defaults() {
        return new CycleSettings(PlannerLimits.defaults(), 10_000, 10_000_000, 3, Lamports.of(50_000_000));
    }
}
