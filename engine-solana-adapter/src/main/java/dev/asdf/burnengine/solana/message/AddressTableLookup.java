package dev.asdf.burnengine.solana.message;

import dev.asdf.burnengine.core.chain.Address;
import java.util.Arrays;
import java.util.Objects;

/** The entries a v0 message loads from one lookup table: writable ones, then read-only ones, by table index. */
public record AddressTableLookup(Address table, int[] writableIndexes, int[] readonlyIndexes) {
    public AddressTableLookup {
        Objects.requireNonNull(table, "table");
        writableIndexes = writableIndexes.clone();
        readonlyIndexes = readonlyIndexes.clone();
    }

    @Override
    public int[] writableIndexes() {
        return writableIndexes.clone();
    }

    @Override
    public int[] readonlyIndexes() {
        return readonlyIndexes.clone();
    }

    int writableCount() {
        return writableIndexes.length;
    }

    int readonlyCount() {
        return readonlyIndexes.length;
    }

    int writableIndex(int i) {
        return writableIndexes[i];
    }

    int readonlyIndex(int i) {
        return readonlyIndexes[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AddressTableLookup other && table.equals(other.table)
                && Arrays.equals(writableIndexes, other.writableIndexes)
                && Arrays.equals(readonlyIndexes, other.readonlyIndexes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(table, Arrays.hashCode(writableIndexes), Arrays.hashCode(readonlyIndexes));
    }

    @Override
    public String toString() {
        return "AddressTableLookup[" + table + ", writable " + Arrays.toString(writableIndexes) + ", readonly "
                + Arrays.toString(readonlyIndexes) + "]";
    }
}
