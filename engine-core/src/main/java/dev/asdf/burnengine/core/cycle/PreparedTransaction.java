package dev.asdf.burnengine.core.cycle;

import dev.asdf.burnengine.core.chain.TxSignature;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * A signed transaction ready to send, exactly as it will be sent. Journaled before the first send so that after a
 * crash the engine resends these very bytes (or waits for them to expire) and never signs a second version.
 *
 * @param wireBytes the serialized signed transaction
 * @param lastValidBlockHeight after this block height the transaction can no longer land
 */
public record PreparedTransaction(TxSignature signature, byte[] wireBytes, long lastValidBlockHeight) {
    public PreparedTransaction {
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(wireBytes, "wireBytes");
        if (wireBytes.length == 0) {
            throw new IllegalArgumentException("a prepared transaction needs its serialized bytes, got none for " + signature);
        }
        if (lastValidBlockHeight < 0) {
            throw new IllegalArgumentException("lastValidBlockHeight cannot be negative, got " + lastValidBlockHeight);
        }
        wireBytes = wireBytes.clone();
    }

    @Override
    public byte[] wireBytes() {
        return wireBytes.clone();
    }

    public String wireBase64() {
        return Base64.getEncoder().encodeToString(wireBytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PreparedTransaction p && signature.equals(p.signature)
                && lastValidBlockHeight == p.lastValidBlockHeight && Arrays.equals(wireBytes, p.wireBytes);
    }

    @Override
    public int hashCode() {
        return signature.hashCode();
    }

    @Override
    public String toString() {
        return "PreparedTransaction[" + signature + ", " + wireBytes.length + " bytes, lastValidBlockHeight="
                + lastValidBlockHeight + "]";
    }
}
