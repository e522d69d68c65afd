package dev.asdf.burnengine.http.metrics;

import dev.asdf.burnengine.core.BurnEngine;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * Serves the shared registry in the Prometheus text format, after reading the engine's state into the state meters.
 * Whatever else is in the registry (RPC, journal and snapshot meters of the other adapters, JVM meters the daemon
 * binds) is scraped as it is.
 */
public final class MetricsEndpoint {
    /** The Prometheus text exposition format that {@link PrometheusMeterRegistry#scrape()} writes. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry registry;
    private final EngineStateMeters state;

    public MetricsEndpoint(PrometheusMeterRegistry registry, BurnEngine engine) {
        this.registry = registry;
        this.state = new EngineStateMeters(engine, registry);
    }

    /** Refreshes the state meters and renders every meter; call off the event loop (it walks the whole registry). */
    public String scrape() {
        state.refresh();
        return registry.scrape();
    }
}
