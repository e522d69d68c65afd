package dev.asdf.burnengine.core.fee;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.money.Lamports;
import java.time.Instant;
import java.util.Objects;

/** A creator fee earned by one trade of one ecosystem token, taken from the trade's own event. */
public record FeeEvent(FeeEventId id, Address mint, Lamports amount, FeeVault vault, long slot, Instant blockTime) {
    public FeeEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(mint, () -> "mint of fee event " + id);
        Objects.requireNonNull(amount, () -> "amount of fee event " + id);
        Objects.requireNonNull(vault, () -> "vault of fee event " + id);
        Objects.requireNonNull(blockTime, () -> "blockTime of fee event " + id);
        if (slot < 0) {
            throw new IllegalArgumentException("slot of fee event " + id + " cannot be negative, got " + slot);
        }
    }
}
