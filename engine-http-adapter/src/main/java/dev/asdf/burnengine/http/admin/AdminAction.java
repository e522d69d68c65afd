package dev.asdf.burnengine.http.admin;

/** The operator actions the admin API offers; the wire name is the journal's {@code action} and the metric label. */
enum AdminAction {
    RUN_CYCLE("cycle"),
    DRY_RUN("cycle-dry-run"),
    PAUSE("pause"),
    RESUME("resume"),
    RETRY_DEAD_LETTER("dlq-retry"),
    DROP_DEAD_LETTER("dlq-drop"),
    RELOAD_TOKENS("tokens-reload"),
    EMERGENCY_STOP("emergency-stop"),
    RELEASE_EMERGENCY_STOP("emergency-stop-release");

    private final String wire;

    AdminAction(String wire) {
        this.wire = wire;
    }

    String wire() {
        return wire;
    }
}
