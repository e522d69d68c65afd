package dev.asdf.burnengine.core.token;

/** Whether a token takes part in cycles. */
public enum TokenStatus {
    /** Eligible whenever its pending fees reach the minimums. */
    ACTIVE,
    /** Excluded by an operator or by the protocol-drift guard until resumed; its pending fees are kept. */
    PAUSED,
    /** Its last plan found its pending fees below the on-chain minimum; it runs again once they grow. */
    DEFERRED
}
