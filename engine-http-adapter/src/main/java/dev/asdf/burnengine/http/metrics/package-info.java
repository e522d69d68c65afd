/**
 * Prometheus metrics: PrometheusEngineMetrics is the event sink for event-driven meters; the state-driven meters
 * and the scrape endpoint are wired by VertxApiServer.
 */
package dev.asdf.burnengine.http.metrics;
