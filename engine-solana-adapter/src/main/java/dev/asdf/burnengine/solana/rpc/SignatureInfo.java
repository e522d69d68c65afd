package dev.asdf.burnengine.solana.rpc;

import dev.asdf.burnengine.core.chain.TxSignature;
import java.util.Objects;

/**
 * One entry of {@code getSignaturesForAddress}.
 *
 * @param blockTime seconds since the epoch, or -1 when the node does not know it
 */
public record SignatureInfo(TxSignature signature, long slot, boolean failed, long blockTime) {
    public SignatureInfo {
        Objects.requireNonNull(signature, "signature");
    }
}
