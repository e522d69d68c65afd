package dev.asdf.burnengine.solana.rpc;

import dev.asdf.burnengine.solana.message.Blockhash;
import java.util.Objects;

/** A recent blockhash, the last block height at which a transaction using it can land, and the slot it was read at. */
public record LatestBlockhash(Blockhash blockhash, long lastValidBlockHeight, long slot) {
    public LatestBlockhash {
        Objects.requireNonNull(blockhash, "blockhash");
    }
}
