package dev.asdf.burnengine.core.fee;

import dev.asdf.burnengine.core.chain.TxSignature;
import java.util.Objects;

/**
 * Identifies one fee event: the transaction and the position of the event inside it (the inner-instruction index of
 * the event CPI). A replayed event has the same id and is credited once.
 */
public record FeeEventId(TxSignature signature, int index) {
    public FeeEventId {
        Objects.requireNonNull(signature, "signature");
        if (index < 0) {
            throw new IllegalArgumentException("event index cannot be negative, got " + index + " in " + signature);
        }
    }

    @Override
    public String toString() {
        return signature + "#" + index;
    }
}
