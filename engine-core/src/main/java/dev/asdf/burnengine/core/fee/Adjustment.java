package dev.asdf.burnengine.core.fee;

import java.util.Objects;

/**
 * A journaled correction of one account's pending fees after comparing the ledger with the chain.
 *
 * @param delta lamports added to pending (negative removes)
 * @param reason why, for the audit trail ("shortfall 12000 lamports shared pro rata", ...)
 */
public record Adjustment(LedgerAccountId account, long delta, String reason) {
    public Adjustment {
        Objects.requireNonNull(account, "account");
        if (delta == 0) {
            throw new IllegalArgumentException("an adjustment of zero lamports changes nothing; do not record it");
        }
        reason = reason == null ? "" : reason;
    }
}
