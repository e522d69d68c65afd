package dev.asdf.burnengine.solana.program.computebudget;

import dev.asdf.burnengine.solana.codec.BorshWriter;
import dev.asdf.burnengine.solana.message.Instruction;
import dev.asdf.burnengine.solana.program.ProgramIds;
import java.util.List;

/** Compute Budget instructions. Public: every cycle transaction starts with a limit and a price. */
public final class ComputeBudgetInstructions {
    public static final int SET_COMPUTE_UNIT_LIMIT = 2;
    public static final int SET_COMPUTE_UNIT_PRICE = 3;
    /** The runtime's per-transaction cap. */
    public static final long MAX_COMPUTE_UNITS = 1_400_000;

    private ComputeBudgetInstructions() {}

    /** {@code SetComputeUnitLimit}: {@code 02 ‖ u32 units}. */
    public static Instruction setComputeUnitLimit(long units) {
        if (units < 0 || units > MAX_COMPUTE_UNITS) {
            throw new IllegalArgumentException("a compute-unit limit is 0.." + MAX_COMPUTE_UNITS + ", got " + units);
        }
        return new Instruction(ProgramIds.COMPUTE_BUDGET, List.of(),
                new BorshWriter(5).u8(SET_COMPUTE_UNIT_LIMIT).u32(units).toByteArray());
    }

    /** {@code SetComputeUnitPrice}: {@code 03 ‖ u64 micro-lamports per compute unit}. */
    public static Instruction setComputeUnitPrice(long microLamportsPerUnit) {
        if (microLamportsPerUnit < 0) {
            throw new IllegalArgumentException("a compute-unit price cannot be negative, got " + microLamportsPerUnit);
        }
        return new Instruction(ProgramIds.COMPUTE_BUDGET, List.of(),
                new BorshWriter(9).u8(SET_COMPUTE_UNIT_PRICE).u64(microLamportsPerUnit).toByteArray());
    }
}
