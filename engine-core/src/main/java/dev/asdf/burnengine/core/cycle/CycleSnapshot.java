package dev.asdf.burnengine.core.cycle;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.token.TokenState;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the planner decides from, frozen at one instant: the ledger's pending fees, the chain, the tokens and the
 * dead-letter queue. The planner reads nothing else, so the same snapshot always gives the same plan.
 *
 * @param pending each token's pending fees in lamports (absent = 0)
 * @param blockedByDeadLetter tokens the dead-letter queue holds back, with the reason
 */
public record CycleSnapshot(
        CycleId cycleId,
        Instant now,
        List<TokenState> tokens,
        Map<Address, Long> pending,
        long unattributedPending,
        ChainSnapshot chain,
        Map<Address, String> blockedByDeadLetter,
        PlannerLimits limits) {

    public CycleSnapshot {
        Objects.requireNonNull(cycleId, "cycleId");
        Objects.requireNonNull(now, "now");
        tokens = List.copyOf(tokens);
        pending = Map.copyOf(pending);
        Objects.requireNonNull(chain, "chain");
        blockedByDeadLetter = Map.copyOf(blockedByDeadLetter);
        Objects.requireNonNull(limits, "limits");
    }

    public long pendingOf(Address mint) {
        return pending.getOrDefault(mint, 0L);
    }
}
