package dev.asdf.burnengine.core.fee;

import dev.asdf.burnengine.core.chain.Address;
import java.util.Objects;

/**
 * What one confirmed cycle step spent from the ledger: from its token's pending fees and, for the root, from the
 * unattributed account.
 */
public record LedgerDebit(Address mint, long fromPending, long fromUnattributed) {
    public LedgerDebit {
        Objects.requireNonNull(mint, "mint");
        if (fromPending < 0 || fromUnattributed < 0) {
            throw new IllegalArgumentException("a debit cannot be negative: fromPending=" + fromPending
                    + " fromUnattributed=" + fromUnattributed + " for " + mint);
        }
    }

    public static LedgerDebit none(Address mint) {
        return new LedgerDebit(mint, 0, 0);
    }

    public long total() {
        return Math.addExact(fromPending, fromUnattributed);
    }
}
