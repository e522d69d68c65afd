package dev.asdf.burnengine.solana.crypto;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.token.TokenProgram;
import dev.asdf.burnengine.solana.program.ProgramIds;
import java.util.List;

/**
 * The associated token account of an owner for a mint: the ATA program's PDA of {@code [owner, tokenProgram, mint]}.
 *
 * <p>Public because the executor and the fee source find token accounts this way. The token program is a seed, so an
 * SPL Token ATA and a Token-2022 ATA of the same owner and mint differ: always pass the mint's owner program. Owners
 * may be off-curve (PDAs).
 */
public final class AssociatedTokenAddress {
    private AssociatedTokenAddress() {}

    public static Address of(Address owner, Address mint, TokenProgram tokenProgram) {
        return find(owner, mint, ProgramIds.of(tokenProgram)).address();
    }

    /** With the token program given by id (any program id is accepted, as the ATA program derives it blindly). */
    public static ProgramAddress find(Address owner, Address mint, Address tokenProgramId) {
        return ProgramAddress.find(List.of(owner.toBytes(), tokenProgramId.toBytes(), mint.toBytes()),
                ProgramIds.ASSOCIATED_TOKEN);
    }
}
