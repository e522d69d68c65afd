package dev.asdf.burnengine.solana.jito;

import java.util.Locale;

/** A bundle's state as {@code getInflightBundleStatuses} reports it (the block engine keeps 5 minutes of them). */
enum BundleState {
    PENDING, LANDED, FAILED, INVALID, UNKNOWN;

    /**
     * Failed: the bundle will not land, its transaction must be sent again. {@code Invalid} is not lost: the block
     * engine also answers it for a bundle it has not registered yet, and resending on it would send a bundle per poll
     * (the regular rebroadcast resends it instead).
     */
    boolean lost() {
        return this == FAILED;
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
