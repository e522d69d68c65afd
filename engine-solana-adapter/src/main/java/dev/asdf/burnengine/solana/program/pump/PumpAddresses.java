package dev.asdf.burnengine.solana.program.pump;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.token.TokenProgram;
import dev.asdf.burnengine.solana.crypto.AssociatedTokenAddress;
import dev.asdf.burnengine.solana.crypto.ProgramAddress;
import dev.asdf.burnengine.solana.program.ProgramIds;
import java.util.List;

/**
 * The pump.fun bonding-curve program's PDAs (onchain-spec §2.2) and official fee-recipient lists (§1.4).
 *
 * <p>Public: the executor, the fee source and the chain reader derive the same addresses.
 */
public final class PumpAddresses {
    public static final Address GLOBAL = pda("global");
    public static final Address EVENT_AUTHORITY = pda("__event_authority");
    public static final Address MINT_AUTHORITY = pda("mint-authority");
    public static final Address GLOBAL_VOLUME_ACCUMULATOR = pda("global_volume_accumulator");
    /** The fee program's config for pump: {@code ["fee_config", pump program id]} under the fee program. */
    public static final Address FEE_CONFIG =
            ProgramAddress.find(ProgramIds.PUMP_FEES, "fee_config", ProgramIds.PUMP).address();

    /** The eight buyback fee recipients required on buys since the 2026-04-28 upgrade (read Global for the live list). */
    public static final List<Address> BUYBACK_FEE_RECIPIENTS = parse(
            "5YxQFdt3Tr9zJLvkFccqXVUwhdTWJQc1fFg2YPbxvxeD", "9M4giFFMxmFGXtc3feFzRai56WbBqehoSeRE5GK7gf7",
            "GXPFM2caqTtQYC2cJ5yJRi9VDkpsYZXzYdwYpGnLmtDL", "3BpXnfJaUTiwXnJNe7Ej1rcbzqTTQUvLShZaWazebsVR",
            "5cjcW9wExnJJiqgLjq7DEG75Pm6JBgE1hNv4B2vHXUW6", "EHAAiTxcdDwQ3U4bU6YcMsQGaekdzLS3B5SmYo46kJtL",
            "5eHhjP8JaYkz83CWwvGU2uMUXefd3AazWGx4gpcuEEYD", "A7hAgCzFw14fejgCp387JUJRMNyz4j89JKnhtKU8piqW");

    /** The eight normal (non-mayhem) protocol fee recipients on mainnet (read Global for the live list). */
    public static final List<Address> FEE_RECIPIENTS = parse(
            "62qc2CNXwrYqQScmEdiZFFAnJR262PxWEuNQtxfafNgV", "7VtfL8fvgNfhz17qKRMjzQEXgbdpnHHHQRh54R9jP2RJ",
            "7hTckgnGnLQR6sdH7YkqFTAA7VwTfYFaZ6EhEsU3saCX", "9rPYyANsfQZw3DnDmKE3YCQF5E8oD89UXoHn9JFEhJUz",
            "AVmoTthdrX6tKt4nDjco2D775W2YK3sDhxPcMmzUAmTY", "CebN5WGQ4jvEPvsVU4EoHEpgzq1VV7AbicfhtW4xC9iM",
            "FWsW1xNtWscwNmKv6wVsU1iTzRN6wmmk3MjxRP5tT7hz", "G5UZAVbAf46s7cKWoyKu8kYTip9DGTpbLZ2qa9Aq69dP");

    private PumpAddresses() {}

    public static Address bondingCurve(Address mint) {
        return ProgramAddress.find(ProgramIds.PUMP, "bonding-curve", mint).address();
    }

    /** The read-only account every buy and sell passes since 2026 (it may be uninitialized). */
    public static Address bondingCurveV2(Address mint) {
        return ProgramAddress.find(ProgramIds.PUMP, "bonding-curve-v2", mint).address();
    }

    /** Where a curve's native-SOL creator fees accumulate ({@code "creator-vault"}, with a hyphen). */
    public static Address creatorVault(Address creator) {
        return ProgramAddress.find(ProgramIds.PUMP, "creator-vault", creator).address();
    }

    public static Address userVolumeAccumulator(Address user) {
        return ProgramAddress.find(ProgramIds.PUMP, "user_volume_accumulator", user).address();
    }

    /** The creator of a migrated token's canonical PumpSwap pool. */
    public static Address poolAuthority(Address mint) {
        return ProgramAddress.find(ProgramIds.PUMP, "pool-authority", mint).address();
    }

    /** The curve's token account: the ATA of the bonding curve (with the mint's token program). */
    public static Address associatedBondingCurve(Address mint, TokenProgram tokenProgram) {
        return AssociatedTokenAddress.of(bondingCurve(mint), mint, tokenProgram);
    }

    /** The fee program's creator-fee sharing config of a mint (if it exists, creator-fee collection fails). */
    public static Address sharingConfig(Address mint) {
        return ProgramAddress.find(ProgramIds.PUMP_FEES, "sharing-config", mint).address();
    }

    private static Address pda(String seed) {
        return ProgramAddress.find(ProgramIds.PUMP, seed).address();
    }

    private static List<Address> parse(String... base58) {
        return java.util.Arrays.stream(base58).map(Address::parse).toList();
    }
}
