package dev.asdf.burnengine.solana.message;

import java.util.Arrays;
import java.util.Objects;

/**
 * An instruction as a message stores it: indexes into the message's account keys (static keys first, then the keys
 * loaded from lookup tables, writable before read-only) and the data.
 */
public record CompiledInstruction(int programIdIndex, int[] accountIndexes, byte[] data) {
    public CompiledInstruction {
        accountIndexes = accountIndexes.clone();
        data = data.clone();
    }

    @Override
    public int[] accountIndexes() {
        return accountIndexes.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    int accountCount() {
        return accountIndexes.length;
    }

    int accountIndex(int i) {
        return accountIndexes[i];
    }

    byte[] dataView() {
        return data;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CompiledInstruction other && programIdIndex == other.programIdIndex
                && Arrays.equals(accountIndexes, other.accountIndexes) && Arrays.equals(data, other.data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(programIdIndex, Arrays.hashCode(accountIndexes), Arrays.hashCode(data));
    }

    @Override
    public String toString() {
        return "CompiledInstruction[program #" + programIdIndex + ", accounts " + Arrays.toString(accountIndexes)
                + ", " + data.length + " data bytes]";
    }
}
