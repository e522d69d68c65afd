package dev.asdf.burnengine.solana.program.ata;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.solana.crypto.AssociatedTokenAddress;
import dev.asdf.burnengine.solana.message.AccountMeta;
import dev.asdf.burnengine.solana.message.Instruction;
import dev.asdf.burnengine.solana.program.ProgramIds;
import java.util.List;

/** Associated Token Account program instructions. Public: the executor creates missing ATAs before a buy. */
public final class AssociatedTokenInstructions {
    public static final int CREATE = 0;
    public static final int CREATE_IDEMPOTENT = 1;

    private AssociatedTokenInstructions() {}

    /**
     * {@code CreateIdempotent} ({@code 01}): creates {@code owner}'s ATA for {@code mint} unless it exists. Accounts:
     * payer (w, s), ata (w), owner, mint, system program, token program.
     */
    public static Instruction createIdempotent(Address payer, Address owner, Address mint, Address tokenProgramId) {
        Address ata = AssociatedTokenAddress.find(owner, mint, tokenProgramId).address();
        return new Instruction(ProgramIds.ASSOCIATED_TOKEN, List.of(
                AccountMeta.writableSigner(payer),
                AccountMeta.writable(ata),
                AccountMeta.readonly(owner),
                AccountMeta.readonly(mint),
                AccountMeta.readonly(ProgramIds.SYSTEM),
                AccountMeta.readonly(tokenProgramId)), new byte[] {CREATE_IDEMPOTENT});
    }
}
