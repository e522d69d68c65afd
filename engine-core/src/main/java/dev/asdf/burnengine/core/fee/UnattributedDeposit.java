package dev.asdf.burnengine.core.fee;

import dev.asdf.burnengine.core.money.Lamports;
import java.time.Instant;
import java.util.Objects;

/**
 * Lamports that reached a creator vault without a matching trade event (a donation, a fee from a trade the engine
 * cannot decode). Kept apart from every token's pending fees; by policy spent with the root.
 *
 * @param reason why no token could be credited, for the audit trail
 */
public record UnattributedDeposit(FeeEventId id, Lamports amount, FeeVault vault, long slot, Instant blockTime, String reason) {
    public UnattributedDeposit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(amount, () -> "amount of deposit " + id);
        Objects.requireNonNull(vault, () -> "vault of deposit " + id);
        Objects.requireNonNull(blockTime, () -> "blockTime of deposit " + id);
        reason = reason == null ? "" : reason;
    }
}
