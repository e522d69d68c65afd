package dev.asdf.burnengine.solana.program.pump;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.solana.codec.BorshReader;
import dev.asdf.burnengine.solana.codec.DecodingException;
import dev.asdf.burnengine.solana.codec.Discriminator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * pump.fun's {@code Global} account (onchain-spec §3.2): fee rates and the authoritative fee-recipient lists.
 *
 * <p>The live account is shorter than the newest IDL layout (1,045/1,054 of 1,087 bytes); like the program, fields
 * past the end read as zero. u64 fields are longs holding the unsigned value.
 *
 * @param feeRecipients {@code fee_recipient} followed by the seven {@code fee_recipients}
 * @param reservedFeeRecipients {@code reserved_fee_recipient} followed by the seven others (for mayhem coins)
 */
public record PumpGlobal(boolean initialized, Address authority, List<Address> feeRecipients,
        long initialVirtualTokenReserves, long initialVirtualSolReserves, long initialRealTokenReserves,
        long tokenTotalSupply, long feeBasisPoints, long creatorFeeBasisPoints, List<Address> reservedFeeRecipients,
        boolean mayhemModeEnabled, List<Address> buybackFeeRecipients, long buybackBasisPoints,
        boolean creatorFeeConfigurable, long maxConfigurableCreatorFeeBps) {
    public static final Discriminator DISCRIMINATOR = Discriminator.account("Global");
    static final int FULL_LENGTH = 1087;
    /** Through {@code fee_recipients}: older accounts are refused. */
    static final int MIN_LENGTH = 386;

    public PumpGlobal {
        feeRecipients = List.copyOf(feeRecipients);
        reservedFeeRecipients = List.copyOf(reservedFeeRecipients);
        buybackFeeRecipients = List.copyOf(buybackFeeRecipients);
    }

    /**
     * @throws DecodingException on a wrong discriminator or an account shorter than the 2025 layout
     */
    public static PumpGlobal decode(byte[] data) {
        String what = "pump Global account data";
        DISCRIMINATOR.require(data, 0, what);
        if (data.length < MIN_LENGTH) {
            throw new DecodingException(what + " is " + data.length + " bytes; the layout with fee_recipients needs "
                    + MIN_LENGTH + "; the account is truncated or predates creator fees");
        }
        byte[] padded = data.length >= FULL_LENGTH ? data : Arrays.copyOf(data, FULL_LENGTH);
        BorshReader r = BorshReader.of(padded, 8, FULL_LENGTH, what);
        boolean initialized = r.bool("initialized");
        Address authority = r.pubkey("authority");
        List<Address> feeRecipients = new ArrayList<>();
        feeRecipients.add(r.pubkey("fee_recipient"));
        long ivt = r.u64("initial_virtual_token_reserves");
        long ivs = r.u64("initial_virtual_sol_reserves");
        long irt = r.u64("initial_real_token_reserves");
        long supply = r.u64("token_total_supply");
        long feeBps = r.u64("fee_basis_points");
        r.pubkey("withdraw_authority");
        r.bool("enable_migrate");
        r.u64("pool_migration_fee");
        long creatorFeeBps = r.u64("creator_fee_basis_points");
        for (int i = 0; i < 7; i++) {
            feeRecipients.add(r.pubkey("fee_recipients"));
        }
        r.pubkey("set_creator_authority");
        r.pubkey("admin_set_creator_authority");
        r.bool("create_v2_enabled");
        r.pubkey("whitelist_pda");
        List<Address> reserved = new ArrayList<>();
        reserved.add(r.pubkey("reserved_fee_recipient"));
        boolean mayhem = r.bool("mayhem_mode_enabled");
        for (int i = 0; i < 7; i++) {
            reserved.add(r.pubkey("reserved_fee_recipients"));
        }
        r.bool("is_cashback_enabled");
        List<Address> buyback = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            buyback.add(r.pubkey("buyback_fee_recipients"));
        }
        long buybackBps = r.u64("buyback_basis_points");
        r.u64("initial_virtual_quote_reserves");
        r.pubkey("whitelisted_quote_mints");
        boolean configurable = r.bool("creator_fee_configurable");
        long maxCreatorFee = r.u64("max_configurable_creator_fee_bps");
        return new PumpGlobal(initialized, authority, feeRecipients, ivt, ivs, irt, supply, feeBps, creatorFeeBps,
                reserved, mayhem, buyback, buybackBps, configurable, maxCreatorFee);
    }
}
