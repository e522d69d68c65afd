package dev.asdf.burnengine.core.fee;

/**
 * The totals of one ledger account, in lamports. Invariant (conservation):
 * {@code credited == pending + spent + adjustedOut}.
 *
 * @param credited fees credited from events, ever
 * @param pending fees not yet spent: what the next cycle may use
 * @param spent fees spent by confirmed cycle steps, ever
 * @param adjustedOut net lamports removed by reconciliation adjustments (negative when adjustments added lamports)
 */
public record LedgerAccount(long credited, long pending, long spent, long adjustedOut) {
    public static final LedgerAccount EMPTY = new LedgerAccount(0, 0, 0, 0);

    public LedgerAccount {
        if (credited < 0 || pending < 0 || spent < 0) {
            throw new IllegalArgumentException("ledger totals cannot be negative: credited=" + credited
                    + " pending=" + pending + " spent=" + spent);
        }
    }

    public boolean isConserved() {
        return credited == pending + spent + adjustedOut;
    }

    public LedgerAccount plus(LedgerAccount other) {
        return new LedgerAccount(Math.addExact(credited, other.credited), Math.addExact(pending, other.pending),
                Math.addExact(spent, other.spent), Math.addExact(adjustedOut, other.adjustedOut));
    }
}
