package dev.asdf.burnengine.http.api;

import dev.asdf.burnengine.core.fee.Adjustment;
import dev.asdf.burnengine.core.fee.LedgerAccountId;
import dev.asdf.burnengine.core.fee.Reconciliation;
import java.util.List;

/**
 * The ledger compared with the chain ({@code /health/sync}, dry runs).
 *
 * @param status IN_SYNC, SHORTFALL, SURPLUS or NOT_COMPARABLE
 * @param discrepancyLamports expected minus observed: positive when the ledger claims more than the chain holds
 */
record ReconciliationJson(String status, @LamportsJson long expectedLamports, @LamportsJson long observedLamports,
        @LamportsJson long discrepancyLamports, String explanation, List<AdjustmentJson> adjustments) {

    static ReconciliationJson of(Reconciliation r) {
        return new ReconciliationJson(r.status().name(), r.expected(), r.observed(), r.discrepancy(), r.explanation(),
                r.adjustments().stream().map(AdjustmentJson::of).toList());
    }

    /** @param account a mint, or {@code unattributed} */
    record AdjustmentJson(String account, @LamportsJson long deltaLamports, String reason) {
        static AdjustmentJson of(Adjustment a) {
            return new AdjustmentJson(accountName(a.account()), a.delta(), a.reason());
        }
    }

    static String accountName(LedgerAccountId id) {
        return id instanceof LedgerAccountId.OfToken t ? t.mint().toString() : "unattributed";
    }
}
