package dev.asdf.burnengine.solana.describe;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.solana.program.ProgramIds;
import dev.asdf.burnengine.solana.program.asdf.AsdfAddresses;
import dev.asdf.burnengine.solana.program.pump.PumpAddresses;
import dev.asdf.burnengine.solana.program.pumpswap.PumpSwapAddresses;
import java.util.HashMap;
import java.util.Map;

/** Names for the fixed addresses an operator meets in the engine's transactions. */
final class KnownAddresses {
    private static final Map<Address, String> LABELS = labels();

    private KnownAddresses() {}

    static String label(Address address) {
        return LABELS.getOrDefault(address, "");
    }

    private static Map<Address, String> labels() {
        Map<Address, String> m = new HashMap<>();
        m.put(ProgramIds.SYSTEM, "System program");
        m.put(ProgramIds.COMPUTE_BUDGET, "Compute Budget program");
        m.put(ProgramIds.SPL_TOKEN, "SPL Token program");
        m.put(ProgramIds.TOKEN_2022, "Token-2022 program");
        m.put(ProgramIds.ASSOCIATED_TOKEN, "Associated Token program");
        m.put(ProgramIds.NATIVE_MINT, "wrapped SOL mint");
        m.put(ProgramIds.ASDF, "ASDF Burn Engine program");
        m.put(ProgramIds.PUMP, "pump.fun program");
        m.put(ProgramIds.PUMP_AMM, "PumpSwap program");
        m.put(ProgramIds.PUMP_FEES, "pump fee program");
        m.put(ProgramIds.MAYHEM, "mayhem program");
        m.put(AsdfAddresses.DAT_STATE, "ASDF dat_state");
        m.put(AsdfAddresses.DAT_AUTHORITY, "ASDF dat_authority");
        m.put(AsdfAddresses.REBATE_POOL, "ASDF rebate_pool");
        m.put(AsdfAddresses.DEV_WALLET, "ASDF dev wallet");
        m.put(PumpAddresses.GLOBAL, "pump Global");
        m.put(PumpAddresses.EVENT_AUTHORITY, "pump event authority");
        m.put(PumpAddresses.MINT_AUTHORITY, "pump mint authority");
        m.put(PumpAddresses.GLOBAL_VOLUME_ACCUMULATOR, "pump global volume accumulator");
        m.put(PumpAddresses.FEE_CONFIG, "pump fee config");
        m.put(PumpSwapAddresses.GLOBAL_CONFIG, "PumpSwap GlobalConfig");
        m.put(PumpSwapAddresses.EVENT_AUTHORITY, "PumpSwap event authority");
        m.put(PumpSwapAddresses.GLOBAL_VOLUME_ACCUMULATOR, "PumpSwap global volume accumulator");
        m.put(PumpSwapAddresses.FEE_CONFIG, "PumpSwap fee config");
        m.put(PumpAddresses.creatorVault(AsdfAddresses.DAT_AUTHORITY), "pump creator vault of dat_authority");
        m.put(PumpAddresses.userVolumeAccumulator(AsdfAddresses.DAT_AUTHORITY),
                "pump user volume accumulator of dat_authority");
        m.put(PumpSwapAddresses.coinCreatorVaultAuthority(AsdfAddresses.DAT_AUTHORITY),
                "PumpSwap creator vault authority of dat_authority");
        PumpAddresses.BUYBACK_FEE_RECIPIENTS.forEach(a -> m.put(a, "pump buyback fee recipient"));
        PumpAddresses.FEE_RECIPIENTS.forEach(a -> m.put(a, "pump fee recipient"));
        return Map.copyOf(m);
    }
}
