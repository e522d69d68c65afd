package dev.asdf.burnengine.core.fee;

import java.util.Objects;

/**
 * An event the fee source decoded but refused to credit (a fee far above the vault's delta, a pool whose creator is
 * not ours, ...). Reported and alerted, never credited.
 */
public record FeeRejection(FeeEventId id, String reason) {
    public FeeRejection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reason, "reason");
    }
}
