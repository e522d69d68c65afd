package dev.asdf.burnengine.core.alert;

/** What an alert is about; notifiers rate-limit per kind so a storm sends one message, not a thousand. */
public enum AlertKind {
    CYCLE_FAILED,
    REPEATED_FAILURES,
    LOW_AUTHORITY_BALANCE,
    RPC_CIRCUIT_OPEN,
    LEDGER_DISCREPANCY,
    PROTOCOL_DRIFT,
    FEE_REJECTED,
    DEAD_LETTER_GAVE_UP,
    EMERGENCY_STOP
}
