package dev.asdf.burnengine.core.cycle;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.chain.TxSignature;
import dev.asdf.burnengine.core.money.Lamports;
import dev.asdf.burnengine.core.money.TokenAmount;
import java.time.Instant;
import java.util.Objects;

/** One confirmed buy-back-and-burn, as the API's burn history shows it. */
public record BurnRecord(StepId step, Address mint, String symbol, TxSignature signature, Lamports lamportsSpent,
        TokenAmount tokensBurned, Lamports sentToRoot, Lamports devFee, boolean root, Instant at) {
    public BurnRecord {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(mint, "mint");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(lamportsSpent, "lamportsSpent");
        Objects.requireNonNull(tokensBurned, "tokensBurned");
        Objects.requireNonNull(sentToRoot, "sentToRoot");
        Objects.requireNonNull(devFee, "devFee");
        Objects.requireNonNull(at, "at");
        symbol = symbol == null ? "" : symbol;
    }
}
