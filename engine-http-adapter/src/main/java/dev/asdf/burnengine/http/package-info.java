/**
 * The engine's HTTP adapter on Vert.x: REST API, admin endpoints, WebSocket feed, dashboard and Prometheus metrics.
 *
 * <p>For other modules the API is {@link dev.asdf.burnengine.http.VertxApiServer}, its
 * {@link dev.asdf.burnengine.http.HttpSettings}, the {@link dev.asdf.burnengine.http.EngineHealth} the runner
 * implements, and the two event sinks {@link dev.asdf.burnengine.http.feed.WebSocketEventFeed} and
 * {@link dev.asdf.burnengine.http.metrics.PrometheusEngineMetrics}. The other public types of the sub-packages are
 * public only so that this package can wire them; docs/api.md describes the behaviour.
 */
package dev.asdf.burnengine.http;
