package dev.asdf.burnengine.core.cycle;

/** What the planner decided for one token in one cycle. */
public enum Verdict {
    /** Has a step in this cycle. */
    RUNS,
    /** Pending fees below the on-chain minimum (or none): kept for a later cycle. */
    DEFERRED,
    /** Eligible, but not this cycle (cycle limit, balance, interval, no root); served first next time. */
    WAITS,
    /** Paused by an operator or by the protocol-drift guard. */
    PAUSED,
    /** In the dead-letter queue and not due for a retry. */
    DEAD_LETTERED
}
