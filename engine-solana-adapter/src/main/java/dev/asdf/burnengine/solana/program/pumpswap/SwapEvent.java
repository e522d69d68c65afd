package dev.asdf.burnengine.solana.program.pumpswap;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.solana.codec.AnchorEvents;
import dev.asdf.burnengine.solana.codec.BorshReader;
import dev.asdf.burnengine.solana.codec.DecodingException;
import dev.asdf.burnengine.solana.codec.Discriminator;

/**
 * A PumpSwap {@code BuyEvent} or {@code SellEvent} (Anchor event self-CPI), decoded through the coin-creator fee
 * fields; PumpSwap only appends fields, later ones are not read. u64 fields are longs holding the unsigned value.
 *
 * @param baseAmount base out (buy) or in (sell)
 * @param quoteLimit max quote in (buy) or min quote out (sell)
 * @param quoteAmount quote in before fees (buy) or out before fees (sell)
 * @param userQuoteAmount what the user paid (buy) or received (sell), fees applied
 */
public record SwapEvent(Side side, long timestamp, long baseAmount, long quoteLimit, long userBaseTokenReserves,
        long userQuoteTokenReserves, long poolBaseTokenReserves, long poolQuoteTokenReserves, long quoteAmount,
        long lpFeeBasisPoints, long lpFee, long protocolFeeBasisPoints, long protocolFee, long quoteAmountWithLpFee,
        long userQuoteAmount, Address pool, Address user, Address userBaseTokenAccount, Address userQuoteTokenAccount,
        Address protocolFeeRecipient, Address protocolFeeRecipientTokenAccount, Address coinCreator,
        long coinCreatorFeeBasisPoints, long coinCreatorFee) {
    public static final Discriminator BUY = Discriminator.event("BuyEvent");
    public static final Discriminator SELL = Discriminator.event("SellEvent");

    public enum Side { BUY, SELL }

    /**
     * Decodes an event payload (discriminator + body) at {@code offset}.
     *
     * @throws DecodingException when it is neither a complete BuyEvent nor SellEvent
     */
    public static SwapEvent decode(byte[] data, int offset) {
        Side side;
        if (BUY.matches(data, offset)) {
            side = Side.BUY;
        } else if (SELL.matches(data, offset)) {
            side = Side.SELL;
        } else {
            throw new DecodingException("PumpSwap swap event at offset " + offset + " starts with neither the BuyEvent ("
                    + BUY + ") nor the SellEvent (" + SELL + ") discriminator; it is another event or truncated");
        }
        BorshReader r = BorshReader.of(data, offset + 8, data.length, "PumpSwap " + side + " event");
        return new SwapEvent(side, r.i64("timestamp"), r.u64("base_amount"), r.u64("quote_limit"),
                r.u64("user_base_token_reserves"), r.u64("user_quote_token_reserves"),
                r.u64("pool_base_token_reserves"), r.u64("pool_quote_token_reserves"), r.u64("quote_amount"),
                r.u64("lp_fee_basis_points"), r.u64("lp_fee"), r.u64("protocol_fee_basis_points"),
                r.u64("protocol_fee"), r.u64("quote_amount_with_lp_fee"), r.u64("user_quote_amount"),
                r.pubkey("pool"), r.pubkey("user"), r.pubkey("user_base_token_account"),
                r.pubkey("user_quote_token_account"), r.pubkey("protocol_fee_recipient"),
                r.pubkey("protocol_fee_recipient_token_account"), r.pubkey("coin_creator"),
                r.u64("coin_creator_fee_basis_points"), r.u64("coin_creator_fee"));
    }

    /** Decodes the data of an event self-CPI inner instruction. */
    public static SwapEvent fromEventCpi(byte[] instructionData) {
        AnchorEvents.EVENT_CPI_TAG.require(instructionData, 0, "PumpSwap event self-CPI instruction data");
        return decode(instructionData, Discriminator.LENGTH);
    }
}
