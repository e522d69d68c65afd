package dev.asdf.burnengine.core.fee;

/** The creator vault a fee was paid into. */
public enum FeeVault {
    /** pump.fun creator vault, native SOL. */
    BONDING_CURVE,
    /** PumpSwap coin-creator vault, WSOL. */
    AMM
}
