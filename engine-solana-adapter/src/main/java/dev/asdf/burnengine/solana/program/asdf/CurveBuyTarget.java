package dev.asdf.burnengine.solana.program.asdf;

import dev.asdf.burnengine.core.chain.Address;
import java.util.Objects;

/**
 * The token a bonding-curve buy of the ASDF program targets.
 *
 * @param curveCreator the curve's {@code creator} field ({@code dat_authority} for tokens the program created)
 * @param tokenProgram the mint's owner program
 * @param feeRecipient one of pump {@code Global}'s fee recipients
 */
public record CurveBuyTarget(Address mint, Address curveCreator, Address tokenProgram, Address feeRecipient) {
    public CurveBuyTarget {
        Objects.requireNonNull(mint, "mint");
        Objects.requireNonNull(curveCreator, "curveCreator");
        Objects.requireNonNull(tokenProgram, "tokenProgram");
        Objects.requireNonNull(feeRecipient, "feeRecipient");
    }
}
