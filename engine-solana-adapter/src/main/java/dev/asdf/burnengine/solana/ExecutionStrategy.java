package dev.asdf.burnengine.solana;

/** How cycle steps become transactions. */
public enum ExecutionStrategy {
    /** The ASDF Burn Engine program collects, splits, buys and burns; the engine's key is its admin. */
    ASDF_PROGRAM,
    /** The engine itself collects as the creator and buys and burns with pump.fun's own instructions. */
    DIRECT
}
