package dev.asdf.burnengine.core.fee;

import java.util.List;

/**
 * The comparison of the ledger with what the chain holds, and the adjustments that would bring them together.
 *
 * @param expected lamports the ledger says are pending (tokens plus unattributed)
 * @param observed lamports the chain holds for pending fees (creator vaults plus the authority's float)
 * @param adjustments empty when in sync or when the comparison is not meaningful yet
 */
public record Reconciliation(Status status, long expected, long observed, List<Adjustment> adjustments, String explanation) {

    public enum Status {
        /** Ledger and chain agree within the tolerance. */
        IN_SYNC,
        /** The chain holds less than the ledger claims (an external withdrawal): pending is reduced pro rata. */
        SHORTFALL,
        /** The chain holds more: the surplus becomes unattributed. */
        SURPLUS,
        /** The fee source has not caught up with the balances' slot; comparing now would invent a discrepancy. */
        NOT_COMPARABLE
    }

    public Reconciliation {
        adjustments = List.copyOf(adjustments);
    }

    /** Positive when the ledger claims more than the chain holds. */
    public long discrepancy() {
        return expected - observed;
    }
}
