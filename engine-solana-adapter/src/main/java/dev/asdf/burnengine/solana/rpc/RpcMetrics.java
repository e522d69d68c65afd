package dev.asdf.burnengine.solana.rpc;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * The RPC adapter's meters, all prefixed {@code burn_engine_rpc_} (docs/rpc-adapter.md lists them). Public so the fee
 * source and the executor count into the same registry.
 */
public final class RpcMetrics {
    private final MeterRegistry registry;

    public RpcMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public MeterRegistry registry() {
        return registry;
    }

    /** One JSON-RPC call (a batch counts each of its calls), by method, endpoint and outcome. */
    void call(String method, String endpoint, String outcome) {
        Counter.builder("burn_engine_rpc_calls_total").description("JSON-RPC calls by method, endpoint and outcome")
                .tags("method", method, "endpoint", endpoint, "outcome", outcome).register(registry).increment();
    }

    /** One HTTP exchange (a batch is one), with its duration. */
    void exchange(String endpoint, Duration took, boolean ok) {
        Timer.builder("burn_engine_rpc_http_request_seconds").description("HTTP exchanges with an RPC endpoint")
                .tags("endpoint", endpoint, "outcome", ok ? "ok" : "failed").register(registry).record(took);
    }

    void retry(String endpoint) {
        Counter.builder("burn_engine_rpc_retries_total").description("retries after a transient failure")
                .tag("endpoint", endpoint).register(registry).increment();
    }

    void failover(String from) {
        Counter.builder("burn_engine_rpc_failovers_total").description("calls moved to the next endpoint")
                .tag("from", from).register(registry).increment();
    }

    void webSocket(String event) {
        Counter.builder("burn_engine_rpc_ws_events_total")
                .description("WebSocket connects, reconnects, closes, pings and notifications")
                .tag("event", event).register(registry).increment();
    }

    /** Counts something of the fee source or the executor, e.g. {@code fee_events} or {@code tx_sends}. */
    public void count(String what, String tagKey, String tagValue, long amount) {
        Counter.builder("burn_engine_rpc_" + what + "_total").tag(tagKey, tagValue).register(registry).increment(amount);
    }

    /** Records a duration of the fee source or the executor, e.g. {@code tx_confirm}. */
    public void time(String what, Duration took) {
        Timer.builder("burn_engine_rpc_" + what + "_seconds").register(registry).record(took);
    }
}
