package dev.asdf.burnengine.core.fee;

import java.util.Objects;

/**
 * Where a fee source resumes. The engine stores it and hands it back; only the source understands {@code position}.
 *
 * @param position the source's own resume point (for the RPC source: the last processed signature per vault)
 * @param settledSlot no later page will hold an event at a lower slot, so the ledger may forget older event ids
 * @param caughtUpToSlot every event up to this slot has been delivered (used to decide when balances may be compared)
 */
public record FeeCursor(String position, long settledSlot, long caughtUpToSlot) {
    public static final FeeCursor START = new FeeCursor("", 0, 0);

    public FeeCursor {
        Objects.requireNonNull(position, "position");
        if (settledSlot < 0 || caughtUpToSlot < 0) {
            throw new IllegalArgumentException("cursor slots cannot be negative: settled=" + settledSlot
                    + " caughtUp=" + caughtUpToSlot);
        }
    }
}
