package dev.asdf.burnengine.solana.program.token;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.money.TokenAmount;
import dev.asdf.burnengine.solana.codec.BorshWriter;
import dev.asdf.burnengine.solana.message.AccountMeta;
import dev.asdf.burnengine.solana.message.Instruction;
import dev.asdf.burnengine.solana.program.ProgramIds;
import java.util.List;

/**
 * SPL Token and Token-2022 instructions: both programs share these encodings, so each builder takes the program id
 * (the mint's owner). Public: the executor burns and unwraps with them.
 */
public final class TokenInstructions {
    public static final int TRANSFER = 3;
    public static final int BURN = 8;
    public static final int CLOSE_ACCOUNT = 9;
    public static final int BURN_CHECKED = 15;
    public static final int SYNC_NATIVE = 17;

    private TokenInstructions() {}

    /** {@code Burn}: {@code 08 ‖ u64 amount}; accounts token account (w), mint (w), owner (s). */
    public static Instruction burn(Address account, Address mint, Address owner, TokenAmount amount,
            Address tokenProgramId) {
        checkTokenProgram(tokenProgramId);
        return new Instruction(tokenProgramId, List.of(
                AccountMeta.writable(account), AccountMeta.writable(mint), AccountMeta.readonlySigner(owner)),
                new BorshWriter(9).u8(BURN).u64(amount.value()).toByteArray());
    }

    /** {@code BurnChecked}: {@code 0f ‖ u64 amount ‖ u8 decimals}; same accounts as {@code Burn}. */
    public static Instruction burnChecked(Address account, Address mint, Address owner, TokenAmount amount,
            int decimals, Address tokenProgramId) {
        checkTokenProgram(tokenProgramId);
        return new Instruction(tokenProgramId, List.of(
                AccountMeta.writable(account), AccountMeta.writable(mint), AccountMeta.readonlySigner(owner)),
                new BorshWriter(10).u8(BURN_CHECKED).u64(amount.value()).u8(decimals).toByteArray());
    }

    /** {@code CloseAccount}: {@code 09}; accounts token account (w), destination (w), owner (s). */
    public static Instruction closeAccount(Address account, Address destination, Address owner,
            Address tokenProgramId) {
        checkTokenProgram(tokenProgramId);
        return new Instruction(tokenProgramId, List.of(
                AccountMeta.writable(account), AccountMeta.writable(destination), AccountMeta.readonlySigner(owner)),
                new byte[] {CLOSE_ACCOUNT});
    }

    /** {@code SyncNative}: {@code 11}; account: the wrapped-SOL token account (w). */
    public static Instruction syncNative(Address account, Address tokenProgramId) {
        checkTokenProgram(tokenProgramId);
        return new Instruction(tokenProgramId, List.of(AccountMeta.writable(account)), new byte[] {SYNC_NATIVE});
    }

    private static void checkTokenProgram(Address id) {
        ProgramIds.tokenProgram(id);
    }
}
