package dev.asdf.burnengine.http.metrics;

/**
 * The names of the meters this adapter registers, as Prometheus shows them (Micrometer adds {@code _total} to
 * counters and {@code _seconds_*} to timers). Every name starts with {@code burn_engine_}; docs/api.md lists them with
 * their labels. Meters of other adapters (RPC, journal, snapshots) share the registry and the prefix but are named
 * by the adapters that own them.
 */
public final class MetricNames {
    private MetricNames() {}

    // from domain events (PrometheusEngineMetrics)
    public static final String UPTIME = "burn_engine_uptime_seconds";
    public static final String EVENTS = "burn_engine_events";
    public static final String FEE_POLLS = "burn_engine_fee_polls";
    public static final String FEE_POLL_ERROR_RATE = "burn_engine_fee_poll_error_rate";
    public static final String FEE_LAST_POLL = "burn_engine_fee_last_poll_timestamp_seconds";
    public static final String FEE_POLL_LAG = "burn_engine_fee_poll_lag_seconds";
    public static final String FEE_EVENTS = "burn_engine_fee_events";
    public static final String FEE_REJECTIONS = "burn_engine_fee_rejections";
    public static final String UNATTRIBUTED_DEPOSITS = "burn_engine_unattributed_deposits";
    public static final String LEDGER_ADJUSTMENTS = "burn_engine_ledger_adjustments";
    public static final String STEPS = "burn_engine_steps";
    public static final String CYCLE_DURATION = "burn_engine_cycle_duration";
    public static final String COMPONENT_HEALTHY = "burn_engine_component_healthy";

    // from the engine's state, read at each scrape (EngineStateMeters)
    public static final String TOKEN_INFO = "burn_engine_token_metadata";
    public static final String TOKEN_PENDING = "burn_engine_token_pending_lamports";
    public static final String TOKEN_FEES_CREDITED = "burn_engine_token_fees_credited_lamports";
    public static final String TOKEN_SPENT = "burn_engine_token_spent_lamports";
    public static final String TOKEN_BURNED = "burn_engine_token_burned_base_units";
    public static final String TOKEN_CYCLES = "burn_engine_token_cycles";
    public static final String TOKEN_ERRORS = "burn_engine_token_errors";
    public static final String TOKEN_CONSECUTIVE_FAILURES = "burn_engine_token_consecutive_failures";
    public static final String PENDING = "burn_engine_pending_lamports";
    public static final String UNATTRIBUTED_PENDING = "burn_engine_unattributed_pending_lamports";
    public static final String FEES_CREDITED = "burn_engine_fees_credited_lamports";
    public static final String SPENT = "burn_engine_spent_lamports";
    public static final String BURNED = "burn_engine_burned_base_units";
    public static final String CYCLES = "burn_engine_cycles";
    public static final String CYCLES_PLANNED = "burn_engine_cycles_planned";
    public static final String CYCLE_CONSECUTIVE_FAILURES = "burn_engine_cycle_consecutive_failures";
    public static final String LAST_CYCLE = "burn_engine_last_cycle_timestamp_seconds";
    public static final String CYCLE_RUNNING = "burn_engine_cycle_running";
    public static final String TOKENS = "burn_engine_tokens";
    public static final String DEAD_LETTERS = "burn_engine_dead_letters";
    public static final String EMERGENCY_STOP = "burn_engine_emergency_stop";
    public static final String IN_FLIGHT_STEPS = "burn_engine_in_flight_steps";
    public static final String JOURNAL_SEQ = "burn_engine_journal_seq";

    // the WebSocket feed and the admin API
    public static final String WS_CLIENTS = "burn_engine_ws_clients";
    public static final String WS_MESSAGES = "burn_engine_ws_messages";
    public static final String WS_CLIENTS_DROPPED = "burn_engine_ws_clients_dropped";
    public static final String WS_EVENTS_DROPPED = "burn_engine_ws_events_dropped";
    public static final String ADMIN_REQUESTS = "burn_engine_admin_requests";
    public static final String HTTP_SERVER_ERRORS = "burn_engine_http_server_errors";
}
