package dev.asdf.burnengine.solana.program.pumpswap;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.solana.codec.BorshReader;
import dev.asdf.burnengine.solana.codec.DecodingException;
import dev.asdf.burnengine.solana.codec.Discriminator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * PumpSwap's {@code GlobalConfig} (onchain-spec §3.3): fallback fee rates and the authoritative recipient lists.
 * Fields a shorter (older) account predates read as zero.
 *
 * @param reservedFeeRecipients {@code reserved_fee_recipient} followed by the seven others
 */
public record GlobalConfig(Address admin, long lpFeeBasisPoints, long protocolFeeBasisPoints, int disableFlags,
        List<Address> protocolFeeRecipients, long coinCreatorFeeBasisPoints, List<Address> reservedFeeRecipients,
        boolean mayhemModeEnabled, List<Address> buybackFeeRecipients, long buybackBasisPoints,
        boolean creatorFeeConfigurable, long maxConfigurableCreatorFeeBps) {
    public static final Discriminator DISCRIMINATOR = Discriminator.account("GlobalConfig");
    /** Through {@code coin_creator_fee_basis_points}. */
    static final int MIN_LENGTH = 321;
    static final int FULL_LENGTH = 949;

    public GlobalConfig {
        protocolFeeRecipients = List.copyOf(protocolFeeRecipients);
        reservedFeeRecipients = List.copyOf(reservedFeeRecipients);
        buybackFeeRecipients = List.copyOf(buybackFeeRecipients);
    }

    /**
     * @throws DecodingException on a wrong discriminator or an account shorter than the creator-fee layout
     */
    public static GlobalConfig decode(byte[] data) {
        String what = "PumpSwap GlobalConfig account data";
        DISCRIMINATOR.require(data, 0, what);
        if (data.length < MIN_LENGTH) {
            throw new DecodingException(what + " is " + data.length + " bytes; it needs at least " + MIN_LENGTH
                    + " (through coin_creator_fee_basis_points); the account is truncated");
        }
        byte[] padded = data.length >= FULL_LENGTH ? data : Arrays.copyOf(data, FULL_LENGTH);
        BorshReader r = BorshReader.of(padded, 8, FULL_LENGTH, what);
        Address admin = r.pubkey("admin");
        long lp = r.u64("lp_fee_basis_points");
        long protocol = r.u64("protocol_fee_basis_points");
        int flags = r.u8("disable_flags");
        List<Address> recipients = keys(r, "protocol_fee_recipients", 8);
        long creator = r.u64("coin_creator_fee_basis_points");
        r.pubkey("admin_set_coin_creator_authority");
        r.pubkey("whitelist_pda");
        List<Address> reserved = new ArrayList<>();
        reserved.add(r.pubkey("reserved_fee_recipient"));
        boolean mayhem = r.bool("mayhem_mode_enabled");
        reserved.addAll(keys(r, "reserved_fee_recipients", 7));
        r.bool("is_cashback_enabled");
        List<Address> buyback = keys(r, "buyback_fee_recipients", 8);
        long buybackBps = r.u64("buyback_basis_points");
        r.pubkey("boost_authority");
        r.bool("boost_enabled");
        boolean configurable = r.bool("creator_fee_configurable");
        long maxCreatorFee = r.u64("max_configurable_creator_fee_bps");
        return new GlobalConfig(admin, lp, protocol, flags, recipients, creator, reserved, mayhem, buyback, buybackBps,
                configurable, maxCreatorFee);
    }

    private static List<Address> keys(BorshReader r, String field, int n) {
        List<Address> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(r.pubkey(field));
        }
        return out;
    }
}
