package dev.asdf.burnengine.solana.program.pump;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.solana.codec.AnchorEvents;
import dev.asdf.burnengine.solana.codec.BorshReader;
import dev.asdf.burnengine.solana.codec.Discriminator;

/**
 * pump's {@code TradeEvent}, emitted by every buy and sell through an Anchor event self-CPI (onchain-spec §7).
 *
 * <p>Public: the fee source attributes creator fees per mint from these. pump only ever appends fields, so this
 * decodes the prefix through {@code ix_name} (present since 2025) and ignores later fields. u64 fields are longs
 * holding the unsigned value.
 */
public record TradeEvent(Address mint, long solAmount, long tokenAmount, boolean isBuy, Address user, long timestamp,
        long virtualSolReserves, long virtualTokenReserves, long realSolReserves, long realTokenReserves,
        Address feeRecipient, long feeBasisPoints, long fee, Address creator, long creatorFeeBasisPoints,
        long creatorFee, boolean trackVolume, long totalUnclaimedTokens, long totalClaimedTokens,
        long currentSolVolume, long lastUpdateTimestamp, String ixName) {
    public static final Discriminator DISCRIMINATOR = Discriminator.event("TradeEvent");

    /**
     * Decodes an event payload (discriminator + body) starting at {@code offset}.
     *
     * @throws dev.asdf.burnengine.solana.codec.DecodingException when it is not a complete TradeEvent
     */
    public static TradeEvent decode(byte[] data, int offset) {
        String what = "pump TradeEvent";
        DISCRIMINATOR.require(data, offset, what);
        BorshReader r = BorshReader.of(data, offset + 8, data.length, what);
        return new TradeEvent(r.pubkey("mint"), r.u64("sol_amount"), r.u64("token_amount"), r.bool("is_buy"),
                r.pubkey("user"), r.i64("timestamp"), r.u64("virtual_sol_reserves"), r.u64("virtual_token_reserves"),
                r.u64("real_sol_reserves"), r.u64("real_token_reserves"), r.pubkey("fee_recipient"),
                r.u64("fee_basis_points"), r.u64("fee"), r.pubkey("creator"), r.u64("creator_fee_basis_points"),
                r.u64("creator_fee"), r.bool("track_volume"), r.u64("total_unclaimed_tokens"),
                r.u64("total_claimed_tokens"), r.u64("current_sol_volume"), r.i64("last_update_timestamp"),
                r.string("ix_name"));
    }

    /**
     * Decodes the data of an event self-CPI inner instruction ({@code e445a52e51cb9a1d} + payload).
     *
     * @throws dev.asdf.burnengine.solana.codec.DecodingException when it is not an event CPI carrying a TradeEvent
     */
    public static TradeEvent fromEventCpi(byte[] instructionData) {
        AnchorEvents.EVENT_CPI_TAG.require(instructionData, 0, "pump event self-CPI instruction data");
        return decode(instructionData, Discriminator.LENGTH);
    }
}
