package dev.asdf.burnengine.core.token;

/** Where a token trades, which decides the vault its creator fees land in and how it is bought. */
public enum Market {
    /** pump.fun bonding curve: creator fees in native SOL in the creator vault. */
    BONDING_CURVE,
    /** PumpSwap pool after migration: creator fees in WSOL in the coin-creator vault. */
    AMM
}
