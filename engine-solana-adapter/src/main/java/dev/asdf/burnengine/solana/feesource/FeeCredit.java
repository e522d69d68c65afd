package dev.asdf.burnengine.solana.feesource;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.fee.FeeEventId;
import dev.asdf.burnengine.core.fee.FeeVault;
import java.util.Objects;

/**
 * A creator fee the engine credits to a mint, with where it came from.
 *
 * @param eventName {@code TradeEvent}, {@code BuyEvent} or {@code SellEvent}
 * @param source {@code inner-instruction} (event self-CPI) or {@code log} ({@code Program data:} line)
 */
public record FeeCredit(FeeEventId id, Address mint, long lamports, FeeVault vault, String eventName, String source) {
    public FeeCredit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(mint, "mint");
        Objects.requireNonNull(vault, "vault");
        Objects.requireNonNull(eventName, "eventName");
        Objects.requireNonNull(source, "source");
    }
}
