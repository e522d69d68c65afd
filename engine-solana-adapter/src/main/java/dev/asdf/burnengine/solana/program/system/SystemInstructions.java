package dev.asdf.burnengine.solana.program.system;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.money.Lamports;
import dev.asdf.burnengine.solana.codec.BorshWriter;
import dev.asdf.burnengine.solana.message.AccountMeta;
import dev.asdf.burnengine.solana.message.Instruction;
import dev.asdf.burnengine.solana.program.ProgramIds;
import java.util.List;

/** System program instructions (only what the engine sends). Public: the executor tips and funds with it. */
public final class SystemInstructions {
    /** The System program's instruction index of {@code Transfer}. */
    public static final int TRANSFER = 2;

    private SystemInstructions() {}

    /** {@code Transfer}: data {@code u32 2 ‖ u64 lamports}; accounts from (w, s), to (w). */
    public static Instruction transfer(Address from, Address to, Lamports lamports) {
        byte[] data = new BorshWriter(12).u32(TRANSFER).u64(lamports.value()).toByteArray();
        return new Instruction(ProgramIds.SYSTEM,
                List.of(AccountMeta.writableSigner(from), AccountMeta.writable(to)), data);
    }
}
