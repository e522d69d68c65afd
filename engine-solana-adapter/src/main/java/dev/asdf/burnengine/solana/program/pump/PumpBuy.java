package dev.asdf.burnengine.solana.program.pump;

import dev.asdf.burnengine.core.chain.Address;
import java.util.Objects;

/**
 * The inputs of a pump {@code buy}: exactly {@code amount} tokens for at most {@code maxSolCost} lamports (fees
 * included).
 *
 * @param creator the curve's {@code creator} field (its creator vault is charged the creator fee)
 * @param feeRecipient one of {@code Global.fee_recipients} (a reserved recipient for mayhem coins)
 * @param buybackFeeRecipient one of {@code Global.buyback_fee_recipients}
 * @param tokenProgram the mint's owner program
 * @param amount a u64 in a long's bits
 * @param maxSolCost a u64 in a long's bits
 */
public record PumpBuy(Address mint, Address user, Address creator, Address feeRecipient, Address buybackFeeRecipient,
        Address tokenProgram, long amount, long maxSolCost, boolean trackVolume) {
    public PumpBuy {
        Objects.requireNonNull(mint, "mint");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(creator, "creator");
        Objects.requireNonNull(feeRecipient, "feeRecipient");
        Objects.requireNonNull(buybackFeeRecipient, "buybackFeeRecipient");
        Objects.requireNonNull(tokenProgram, "tokenProgram");
    }
}
