package dev.asdf.burnengine.core.fee;

/** What crediting a fee event did. */
public enum CreditResult {
    /** Credited now. */
    APPLIED,
    /** Already credited earlier (same signature and index): nothing changed. */
    DUPLICATE,
    /**
     * Older than every fee source cursor, so it can only be a replay of an event whose id the ledger already
     * forgot: nothing changed.
     */
    STALE
}
