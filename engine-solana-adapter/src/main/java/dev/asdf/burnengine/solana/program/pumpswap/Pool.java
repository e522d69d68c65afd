package dev.asdf.burnengine.solana.program.pumpswap;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.solana.codec.BorshReader;
import dev.asdf.burnengine.solana.codec.DecodingException;
import dev.asdf.burnengine.solana.codec.Discriminator;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * A PumpSwap {@code Pool} account, any layout version (onchain-spec §3.3). Reserves are not in the pool: read the
 * two token accounts it names. Fields a shorter (older) account predates read as zero, as the program reads them.
 *
 * @param virtualQuoteReserves signed i128 (boost pools); zero on older layouts
 */
public record Pool(int bump, int index, Address creator, Address baseMint, Address quoteMint, Address lpMint,
        Address poolBaseTokenAccount, Address poolQuoteTokenAccount, long lpSupply, Address coinCreator,
        boolean mayhemMode, boolean cashbackCoin, BigInteger virtualQuoteReserves, long creatorFeeBps,
        boolean canEditCreatorFee, boolean holderReward) {
    public static final Discriminator DISCRIMINATOR = Discriminator.account("Pool");
    /** Through {@code lp_supply}: the layout before creator fees (2025-05). */
    static final int MIN_LENGTH = 211;
    static final int FULL_LENGTH = 271;

    /**
     * @throws DecodingException on a wrong discriminator or an account shorter than the first layout
     */
    public static Pool decode(byte[] data) {
        String what = "PumpSwap Pool account data";
        DISCRIMINATOR.require(data, 0, what);
        if (data.length < MIN_LENGTH) {
            throw new DecodingException(what + " is " + data.length + " bytes; a pool has at least " + MIN_LENGTH
                    + " (through lp_supply); the account is truncated");
        }
        byte[] padded = data.length >= FULL_LENGTH ? data : Arrays.copyOf(data, FULL_LENGTH);
        BorshReader r = BorshReader.of(padded, 8, FULL_LENGTH, what);
        return new Pool(r.u8("pool_bump"), r.u16("index"), r.pubkey("creator"), r.pubkey("base_mint"),
                r.pubkey("quote_mint"), r.pubkey("lp_mint"), r.pubkey("pool_base_token_account"),
                r.pubkey("pool_quote_token_account"), r.u64("lp_supply"), r.pubkey("coin_creator"),
                r.bool("is_mayhem_mode"), r.bool("is_cashback_coin"), r.i128("virtual_quote_reserves"),
                r.u64("creator_fee_bps"), r.bool("can_edit_creator_fee"), r.bool("is_holder_reward"));
    }
}
