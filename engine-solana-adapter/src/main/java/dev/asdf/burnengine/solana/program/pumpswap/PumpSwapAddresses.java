package dev.asdf.burnengine.solana.program.pumpswap;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.solana.crypto.AssociatedTokenAddress;
import dev.asdf.burnengine.solana.crypto.ProgramAddress;
import dev.asdf.burnengine.solana.program.ProgramIds;
import dev.asdf.burnengine.solana.program.pump.PumpAddresses;

/**
 * The PumpSwap AMM's PDAs (onchain-spec §1.2, §2.2). Public: the executor and the chain reader derive pools with it.
 */
public final class PumpSwapAddresses {
    public static final Address GLOBAL_CONFIG = pda("global_config");
    public static final Address EVENT_AUTHORITY = pda("__event_authority");
    public static final Address GLOBAL_VOLUME_ACCUMULATOR = pda("global_volume_accumulator");
    public static final Address FEE_CONFIG =
            ProgramAddress.find(ProgramIds.PUMP_FEES, "fee_config", ProgramIds.PUMP_AMM).address();

    private PumpSwapAddresses() {}

    /** The pool of {@code (index, creator, base, quote)}; index is written as a little-endian u16. */
    public static Address pool(int index, Address creator, Address baseMint, Address quoteMint) {
        if (index < 0 || index > 0xFFFF) {
            throw new IllegalArgumentException("a pool index is a u16 (0..65535), got " + index);
        }
        byte[] le = {(byte) index, (byte) (index >>> 8)};
        return ProgramAddress.find(ProgramIds.PUMP_AMM, "pool", le, creator, baseMint, quoteMint).address();
    }

    /** The canonical pool a pump coin migrates to: index 0, creator = pump's pool authority, quote = WSOL. */
    public static Address canonicalPool(Address mint) {
        return pool(0, PumpAddresses.poolAuthority(mint), mint, ProgramIds.NATIVE_MINT);
    }

    /** The read-only account trades pass for pools with a coin creator (since 2026). */
    public static Address poolV2(Address baseMint) {
        return ProgramAddress.find(ProgramIds.PUMP_AMM, "pool-v2", baseMint).address();
    }

    /** Owner of the coin creator's quote-mint fee ATA ({@code "creator_vault"}, with an underscore). */
    public static Address coinCreatorVaultAuthority(Address coinCreator) {
        return ProgramAddress.find(ProgramIds.PUMP_AMM, "creator_vault", coinCreator).address();
    }

    /** The ATA where a coin creator's fees accumulate (quote mint, SPL Token for WSOL). */
    public static Address coinCreatorVaultAta(Address coinCreator, Address quoteMint, Address quoteTokenProgram) {
        return AssociatedTokenAddress.find(coinCreatorVaultAuthority(coinCreator), quoteMint, quoteTokenProgram)
                .address();
    }

    public static Address userVolumeAccumulator(Address user) {
        return ProgramAddress.find(ProgramIds.PUMP_AMM, "user_volume_accumulator", user).address();
    }

    public static Address lpMint(Address pool) {
        return ProgramAddress.find(ProgramIds.PUMP_AMM, "pool_lp_mint", pool).address();
    }

    private static Address pda(String seed) {
        return ProgramAddress.find(ProgramIds.PUMP_AMM, seed).address();
    }
}
