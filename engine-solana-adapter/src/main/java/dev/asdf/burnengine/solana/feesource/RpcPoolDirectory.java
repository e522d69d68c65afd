package dev.asdf.burnengine.solana.feesource;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.solana.codec.DecodingException;
import dev.asdf.burnengine.solana.program.ProgramIds;
import dev.asdf.burnengine.solana.program.pumpswap.Pool;
import dev.asdf.burnengine.solana.rpc.AccountInfo;
import dev.asdf.burnengine.solana.rpc.SolanaRpc;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pools read through RPC and cached for the life of the process: a pool's base mint and coin creator never change
 * once it exists. Missing or foreign accounts are not cached, so a pool created later is found.
 */
public final class RpcPoolDirectory implements PoolDirectory {
    private final SolanaRpc rpc;
    private final Map<Address, Pool> cache = new ConcurrentHashMap<>();

    public RpcPoolDirectory(SolanaRpc rpc) {
        this.rpc = rpc;
    }

    @Override
    public Optional<Pool> pool(Address address) {
        Pool cached = cache.get(address);
        if (cached != null) {
            return Optional.of(cached);
        }
        prefetch(List.of(address));
        return Optional.ofNullable(cache.get(address));
    }

    @Override
    public void prefetch(Collection<Address> pools) {
        List<Address> missing = new ArrayList<>(pools.stream().distinct().filter(p -> !cache.containsKey(p)).toList());
        if (missing.isEmpty()) {
            return;
        }
        List<Optional<AccountInfo>> accounts = rpc.accounts(missing);
        for (int i = 0; i < missing.size(); i++) {
            Optional<AccountInfo> a = accounts.get(i);
            if (a.isPresent() && a.get().owner().equals(ProgramIds.PUMP_AMM)) {
                try {
                    cache.put(missing.get(i), Pool.decode(a.get().data()));
                } catch (DecodingException notAPool) {
                    // an AMM account of another type: not a pool, never credited
                }
            }
        }
    }
}
