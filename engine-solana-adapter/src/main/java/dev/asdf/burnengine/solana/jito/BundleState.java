package dev.asdf.burnengine.solana.jito;

import java.util.Locale;

/** A bundle's state as {@code getInflightBundleStatuses} reports it (the block engine keeps 5 minutes of them). */
enum BundleState {
    PENDING, LANDED, FAILED, INVALID, UNKNOWN;

    /** Failed or unknown to the block engine: the bundle will not land, its transaction must be sent again. */
    boolean lost() {
        return this == FAILED || this == INVALID;
    }

    static BundleState parse(String wire) {
        try {
            return valueOf(wire.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return UNKNOWN;
        }
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
