package dev.asdf.burnengine.solana.message;

import dev.asdf.burnengine.core.chain.Address;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * A program invocation: the program, its accounts in order, and its data.
 *
 * <p>Public: the unit every program builder returns and every message compiles. Equality compares the data bytes.
 */
public record Instruction(Address programId, List<AccountMeta> accounts, byte[] data) {
    public Instruction {
        Objects.requireNonNull(programId, "programId");
        accounts = List.copyOf(accounts);
        data = data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    /** The data without a defensive copy, for serializers that only read it. */
    byte[] dataView() {
        return data;
    }

    public int dataLength() {
        return data.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Instruction other && programId.equals(other.programId) && accounts.equals(other.accounts)
                && Arrays.equals(data, other.data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(programId, accounts, Arrays.hashCode(data));
    }

    @Override
    public String toString() {
        return "Instruction[" + programId + ", " + accounts.size() + " accounts, data " + HexFormat.of().formatHex(data)
                + "]";
    }
}
