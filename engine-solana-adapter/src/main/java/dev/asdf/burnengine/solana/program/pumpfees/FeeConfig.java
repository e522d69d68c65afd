package dev.asdf.burnengine.solana.program.pumpfees;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.solana.codec.BorshReader;
import dev.asdf.burnengine.solana.codec.Discriminator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The pump fee program's {@code FeeConfig} (onchain-spec §3.2), one for pump ({@code 8Wf5Ti…}) and one for PumpSwap
 * ({@code 5PHirr…}): flat fees and market-cap tiers. Parsed sequentially; a config written before
 * {@code stable_fee_tiers} / {@code exotic_flat_fees} existed reads them as empty / zero, as the SDK does.
 */
public record FeeConfig(int bump, Address admin, Fees flatFees, List<FeeTier> feeTiers, List<FeeTier> stableFeeTiers,
        Fees exoticFlatFees) {
    public static final Discriminator DISCRIMINATOR = Discriminator.account("FeeConfig");
    private static final int TIER_SIZE = 16 + 24;
    /** Room for an absent stable-tier count and exotic fees, read as zero. */
    private static final int OPTIONAL_TAIL = 4 + 24;

    public FeeConfig {
        feeTiers = List.copyOf(feeTiers);
        stableFeeTiers = List.copyOf(stableFeeTiers);
    }

    /**
     * @throws dev.asdf.burnengine.solana.codec.DecodingException on a wrong discriminator or truncated tiers
     */
    public static FeeConfig decode(byte[] data) {
        String what = "pump fee program FeeConfig account data";
        DISCRIMINATOR.require(data, 0, what);
        BorshReader head = BorshReader.of(data, 8, data.length, what);
        int bump = head.u8("bump");
        Address admin = head.pubkey("admin");
        Fees flat = fees(head, "flat_fees");
        List<FeeTier> tiers = tiers(head, "fee_tiers");
        byte[] tail = Arrays.copyOfRange(data, head.position(), Math.max(data.length, head.position()) + OPTIONAL_TAIL);
        BorshReader r = BorshReader.of(tail, what + " (after fee_tiers)");
        List<FeeTier> stable = tiers(r, "stable_fee_tiers");
        Fees exotic = fees(r, "exotic_flat_fees");
        return new FeeConfig(bump, admin, flat, tiers, stable, exotic);
    }

    private static List<FeeTier> tiers(BorshReader r, String field) {
        int n = r.vecLength(field, TIER_SIZE);
        List<FeeTier> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new FeeTier(r.u128(field + " market_cap_lamports_threshold"), fees(r, field + " fees")));
        }
        return out;
    }

    private static Fees fees(BorshReader r, String field) {
        return new Fees(r.u64(field + " lp_fee_bps"), r.u64(field + " protocol_fee_bps"),
                r.u64(field + " creator_fee_bps"));
    }
}
