package dev.asdf.burnengine.solana.feesource;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.solana.program.pumpswap.Pool;
import java.util.Collection;
import java.util.Optional;

/** Finds PumpSwap pools by address, to credit a swap event to the pool's base mint. */
public interface PoolDirectory {
    Optional<Pool> pool(Address address);

    /** Loads these pools in one go when the directory reads them remotely; a hint, may do nothing. */
    default void prefetch(Collection<Address> pools) {
    }

    /** No pool is known: every swap event becomes a rejection and its fee an unattributed deposit. */
    static PoolDirectory none() {
        return address -> Optional.empty();
    }
}
