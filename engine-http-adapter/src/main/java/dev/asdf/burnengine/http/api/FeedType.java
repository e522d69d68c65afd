package dev.asdf.burnengine.http.api;

/** The message types of the WebSocket feed (docs/api.md shows an example of each). */
enum FeedType {
    SNAPSHOT("snapshot"),
    FEE_DETECTED("fee_detected"),
    UNATTRIBUTED_FEE("unattributed_fee"),
    FEE_REJECTED("fee_rejected"),
    FEES_POLLED("fees_polled"),
    TOKEN_DISCOVERED("token_discovered"),
    TOKEN_PAUSED("token_paused"),
    TOKEN_RESUMED("token_resumed"),
    LEDGER_ADJUSTED("ledger_adjusted"),
    CYCLE_PLANNED("cycle_planned"),
    STEP_SENT("step_sent"),
    STEP_CONFIRMED("step_confirmed"),
    STEP_FAILED("step_failed"),
    CYCLE_FINISHED("cycle_finished"),
    DEAD_LETTERED("dead_lettered"),
    HEALTH_CHANGED("health_changed");

    private final String wire;

    FeedType(String wire) {
        this.wire = wire;
    }

    String wire() {
        return wire;
    }
}
