package dev.asdf.burnengine.solana.message;

import dev.asdf.burnengine.core.chain.Address;
import java.util.List;
import java.util.Objects;

/**
 * An on-chain address lookup table as a v0 message uses it: its address and its entries in order.
 *
 * <p>Public because the executor loads tables from chain and passes them to {@link MessageCompiler#compileV0}.
 */
public record AddressLookupTable(Address key, List<Address> addresses) {
    public static final int MAX_ADDRESSES = 256;

    public AddressLookupTable {
        Objects.requireNonNull(key, "key");
        addresses = List.copyOf(addresses);
        if (addresses.size() > MAX_ADDRESSES) {
            throw new IllegalArgumentException("lookup table " + key + " has " + addresses.size()
                    + " addresses; a table holds at most " + MAX_ADDRESSES);
        }
    }
}
