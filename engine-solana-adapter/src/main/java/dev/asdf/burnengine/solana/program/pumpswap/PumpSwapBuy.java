package dev.asdf.burnengine.solana.program.pumpswap;

import dev.asdf.burnengine.core.chain.Address;
import java.util.Objects;

/**
 * The inputs of a PumpSwap {@code buy}: exactly {@code baseAmountOut} base tokens for at most
 * {@code maxQuoteAmountIn} quote tokens (fees included).
 *
 * @param pool the pool's address and the fields of its account the buy needs
 * @param protocolFeeRecipient one of {@code GlobalConfig.protocol_fee_recipients} (reserved ones for mayhem pools)
 * @param buybackFeeRecipient one of {@code GlobalConfig.buyback_fee_recipients}
 * @param userBaseTokenAccount and {@code userQuoteTokenAccount}: the buyer's token accounts (usually its ATAs)
 * @param baseAmountOut a u64 in a long's bits
 * @param maxQuoteAmountIn a u64 in a long's bits
 */
public record PumpSwapBuy(Address poolAddress, Pool pool, Address user, Address userBaseTokenAccount,
        Address userQuoteTokenAccount, Address baseTokenProgram, Address quoteTokenProgram,
        Address protocolFeeRecipient, Address buybackFeeRecipient, long baseAmountOut, long maxQuoteAmountIn,
        boolean trackVolume) {
    public PumpSwapBuy {
        Objects.requireNonNull(poolAddress, "poolAddress");
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(userBaseTokenAccount, "userBaseTokenAccount");
        Objects.requireNonNull(userQuoteTokenAccount, "userQuoteTokenAccount");
        Objects.requireNonNull(baseTokenProgram, "baseTokenProgram");
        Objects.requireNonNull(quoteTokenProgram, "quoteTokenProgram");
        Objects.requireNonNull(protocolFeeRecipient, "protocolFeeRecipient");
        Objects.requireNonNull(buybackFeeRecipient, "buybackFeeRecipient");
    }
}
