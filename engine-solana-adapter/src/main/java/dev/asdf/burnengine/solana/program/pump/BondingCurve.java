package dev.asdf.burnengine.solana.program.pump;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.solana.codec.BorshReader;
import dev.asdf.burnengine.solana.codec.DecodingException;
import dev.asdf.burnengine.solana.codec.Discriminator;
import java.util.Arrays;

/**
 * A pump.fun {@code BondingCurve} account, any layout version (onchain-spec §3.2).
 *
 * <p>The account grew over time (49, 81, 82, 83, 115, 125 bytes of serialized fields; 150/151 after
 * {@code extend_account}). The program reads a short account as zero-extended, and so does this decoder: a field the
 * account's {@link #layout()} predates reads as zero, false or the all-zero key, exactly as on chain. u64 fields are
 * longs holding the unsigned value.
 *
 * @param quoteMint all-zero for SOL curves
 */
public record BondingCurve(Layout layout, long virtualTokenReserves, long virtualQuoteReserves, long realTokenReserves,
        long realQuoteReserves, long tokenTotalSupply, boolean complete, Address creator, boolean mayhemMode,
        boolean cashbackCoin, Address quoteMint, long creatorFeeBps, boolean canEditCreatorFee,
        boolean holderReward) {
    public static final Discriminator DISCRIMINATOR = Discriminator.account("BondingCurve");
    static final int FULL_LENGTH = 125;

    /** The layout versions, by the serialized length they introduced. */
    public enum Layout {
        ORIGINAL(49), CREATOR_FEES(81), MAYHEM(82), CASHBACK(83), QUOTE_MINT(115), CONFIGURABLE_CREATOR_FEE(125);

        private final int length;

        Layout(int length) {
            this.length = length;
        }

        public int length() {
            return length;
        }

        static Layout of(int dataLength) {
            Layout best = ORIGINAL;
            for (Layout l : values()) {
                if (dataLength >= l.length) {
                    best = l;
                }
            }
            return best;
        }
    }

    /**
     * @throws DecodingException when the data is shorter than the original 49-byte layout or has another
     *     discriminator
     */
    public static BondingCurve decode(byte[] data) {
        String what = "pump BondingCurve account data";
        DISCRIMINATOR.require(data, 0, what);
        if (data.length < Layout.ORIGINAL.length) {
            throw new DecodingException(what + " is " + data.length + " bytes; even the original layout has "
                    + Layout.ORIGINAL.length + " (8-byte discriminator, five u64 reserves, complete); the account is"
                    + " truncated");
        }
        byte[] padded = data.length >= FULL_LENGTH ? data : Arrays.copyOf(data, FULL_LENGTH);
        BorshReader r = BorshReader.of(padded, 8, FULL_LENGTH, what);
        long vt = r.u64("virtual_token_reserves");
        long vq = r.u64("virtual_quote_reserves");
        long rt = r.u64("real_token_reserves");
        long rq = r.u64("real_quote_reserves");
        long supply = r.u64("token_total_supply");
        boolean complete = r.bool("complete");
        Address creator = r.pubkey("creator");
        boolean mayhem = r.bool("is_mayhem_mode");
        boolean cashback = r.bool("is_cashback_coin");
        Address quoteMint = r.pubkey("quote_mint");
        long creatorFeeBps = r.u64("creator_fee_bps");
        boolean canEdit = r.bool("can_edit_creator_fee");
        boolean holderReward = r.bool("is_holder_reward");
        return new BondingCurve(Layout.of(data.length), vt, vq, rt, rq, supply, complete, creator, mayhem, cashback,
                quoteMint, creatorFeeBps, canEdit, holderReward);
    }

    /** Migrated to PumpSwap: {@code complete} is set (or the virtual token reserves are gone). */
    public boolean migrated() {
        return complete || virtualTokenReserves == 0;
    }

    /** Whether the curve's creator field is set (the creator fee applies only then). */
    public boolean hasCreator() {
        return !creator.isZero();
    }
}
