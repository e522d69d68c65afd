package dev.asdf.burnengine.solana.rpc;

import java.util.Locale;

/** How final a read must be. Reads and blockhashes use {@code confirmed} by default (peers-and-user-needs §3.5). */
public enum Commitment {
    PROCESSED,
    CONFIRMED,
    FINALIZED;

    /** The name the JSON-RPC API uses. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a status reported as {@code status} (wire name, may be null) is at least this final. */
    public boolean isReachedBy(String status) {
        if (status == null) {
            return false;
        }
        return switch (status) {
            case "finalized" -> true;
            case "confirmed" -> this != FINALIZED;
            case "processed" -> this == PROCESSED;
            default -> false;
        };
    }
}
