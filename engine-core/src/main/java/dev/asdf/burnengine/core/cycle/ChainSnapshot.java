package dev.asdf.burnengine.core.cycle;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.ecosystem.SplitConfig;
import dev.asdf.burnengine.core.money.Lamports;
import dev.asdf.burnengine.core.token.Market;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * What the chain says right before a cycle is planned.
 *
 * @param slot the slot the balances were read at
 * @param lastCollectAt when the program last collected ({@link Instant#EPOCH} = never), for its global interval
 * @param markets each token's current market, so a migration is seen before a buy is built for the wrong one
 * @param feePayerBalance lamports of the wallet that pays transaction fees, to warn before it runs dry
 */
public record ChainSnapshot(long slot, ChainBalances balances, SplitConfig split, Instant lastCollectAt,
        Map<Address, Market> markets, Lamports feePayerBalance) {
    public ChainSnapshot {
        Objects.requireNonNull(balances, "balances");
        Objects.requireNonNull(feePayerBalance, "feePayerBalance");
        Objects.requireNonNull(split, "split");
        Objects.requireNonNull(lastCollectAt, "lastCollectAt");
        markets = Map.copyOf(markets);
    }
}
