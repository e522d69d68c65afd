package dev.asdf.burnengine.solana.rpc;

import dev.asdf.burnengine.core.config.ConfigSection;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything the RPC adapter reads under {@code rpc.*} (docs/rpc-adapter.md lists the keys and defaults).
 *
 * @param endpoints JSON-RPC URLs in order of preference; the client fails over down the list
 * @param websockets WebSocket URLs for subscriptions; empty = derived from each endpoint (port + 1, like a validator)
 * @param batchSize at most this many calls in one JSON-RPC batch request
 * @param computeUnitMargin the simulated compute units are multiplied by this (1.2 = 20 % headroom)
 * @param priorityFeePercentile percentile of {@code getRecentPrioritizationFees} used as the price (0..100)
 * @param priorityFeeCapMicroLamports never pay more than this per compute unit
 * @param feeTolerance lamports by which attributed fees may exceed a vault's delta before the events are rejected
 */
public record RpcSettings(List<URI> endpoints, List<URI> websockets, Commitment commitment, Duration connectTimeout,
        Duration requestTimeout, int maxAttempts, Duration retryBackoff, Duration maxRetryBackoff,
        int breakerWindow, float breakerFailureRatePercent, Duration breakerOpenFor, int batchSize,
        Duration pingInterval, Duration reconnectBackoff, Duration maxReconnectBackoff, Duration pollInterval,
        Duration rebroadcastInterval, Duration giveUpAfter, double computeUnitMargin, long computeUnitCap,
        int priorityFeePercentile, long priorityFeeCapMicroLamports, int signaturePageSize, long feeTolerance) {

    public static final String DEFAULT_ENDPOINT = "http://127.0.0.1:8899";

    public RpcSettings {
        endpoints = List.copyOf(endpoints);
        websockets = List.copyOf(websockets);
        Objects.requireNonNull(commitment, "commitment");
        if (endpoints.isEmpty()) {
            throw new IllegalArgumentException("rpc.endpoints is empty: name at least one JSON-RPC URL, e.g. "
                    + DEFAULT_ENDPOINT);
        }
        if (maxAttempts < 1 || batchSize < 1 || batchSize > 1000 || breakerWindow < 1 || signaturePageSize < 1
                || signaturePageSize > 1000) {
            throw new IllegalArgumentException("rpc settings out of range: maxAttempts " + maxAttempts + " (>= 1), batchSize "
                    + batchSize + " (1..1000), breaker window " + breakerWindow + " (>= 1), signature page size "
                    + signaturePageSize + " (1..1000)");
        }
        if (computeUnitMargin < 1.0 || computeUnitCap < 1 || priorityFeePercentile < 0 || priorityFeePercentile > 100
                || priorityFeeCapMicroLamports < 0 || feeTolerance < 0) {
            throw new IllegalArgumentException("rpc settings out of range: computeUnits.margin " + computeUnitMargin
                    + " (>= 1.0), computeUnits.cap " + computeUnitCap + " (>= 1), priorityFee.percentile "
                    + priorityFeePercentile + " (0..100), priorityFee.capMicroLamports " + priorityFeeCapMicroLamports
                    + " (>= 0), fees.toleranceLamports " + feeTolerance + " (>= 0)");
        }
    }

    /** The defaults, talking to the given endpoints. */
    public static RpcSettings defaults(List<URI> endpoints) {
        return new RpcSettings(endpoints, List.of(), Commitment.CONFIRMED, Duration.ofSeconds(5), Duration.ofSeconds(15), 4,
                Duration.ofMillis(250), Duration.ofSeconds(8), 20, 50f, Duration.ofSeconds(30), 100,
                Duration.ofSeconds(20), Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofMillis(400),
                Duration.ofSeconds(2), Duration.ofMinutes(5), 1.2, 1_400_000, 75, 1_000_000, 1000, 0);
    }

    /** Reads the {@code rpc} section; every bad value is reported by the configuration tree with its fix. */
    public static RpcSettings from(ConfigSection rpc) {
        RpcSettings d = defaults(List.of(URI.create(DEFAULT_ENDPOINT)));
        List<URI> endpoints = rpc.urls("endpoints", List.of(DEFAULT_ENDPOINT), "http", "https");
        ConfigSection ws = rpc.section("websocket");
        ConfigSection timeouts = rpc.section("timeouts");
        ConfigSection retry = rpc.section("retry");
        ConfigSection breaker = rpc.section("breaker");
        ConfigSection send = rpc.section("send");
        ConfigSection cu = rpc.section("computeUnits");
        ConfigSection fee = rpc.section("priorityFee");
        ConfigSection fees = rpc.section("fees");
        return new RpcSettings(
                endpoints.isEmpty() ? d.endpoints() : endpoints,
                ws.urls("urls", List.of(), "ws", "wss"),
                rpc.choice("commitment", Commitment.CONFIRMED),
                timeouts.duration("connect", d.connectTimeout()),
                timeouts.duration("request", d.requestTimeout()),
                retry.integer("maxAttempts", d.maxAttempts(), 1, 20),
                retry.duration("backoff", d.retryBackoff()),
                retry.duration("maxBackoff", d.maxRetryBackoff()),
                breaker.integer("window", d.breakerWindow(), 1, 1000),
                (float) breaker.decimal("failureRatePercent", d.breakerFailureRatePercent(), 1, 100),
                breaker.duration("openFor", d.breakerOpenFor()),
                rpc.integer("batchSize", d.batchSize(), 1, 1000),
                ws.duration("pingInterval", d.pingInterval()),
                ws.duration("reconnectBackoff", d.reconnectBackoff()),
                ws.duration("maxReconnectBackoff", d.maxReconnectBackoff()),
                send.duration("pollInterval", d.pollInterval()),
                send.duration("rebroadcastInterval", d.rebroadcastInterval()),
                send.duration("giveUpAfter", d.giveUpAfter()),
                cu.decimal("margin", d.computeUnitMargin(), 1.0, 10.0),
                cu.longValue("cap", d.computeUnitCap(), 1, 1_400_000),
                fee.integer("percentile", d.priorityFeePercentile(), 0, 100),
                fee.longValue("capMicroLamports", d.priorityFeeCapMicroLamports(), 0, Long.MAX_VALUE),
                fees.integer("signaturePageSize", d.signaturePageSize(), 1, 1000),
                fees.lamports("toleranceLamports", d.feeTolerance()));
    }

    /** The WebSocket URL for each endpoint: the configured ones, else {@code ws(s)://host:port+1/path} per endpoint. */
    public List<URI> websocketUrls() {
        if (!websockets.isEmpty()) {
            return websockets;
        }
        List<URI> out = new ArrayList<>();
        for (URI http : endpoints) {
            String scheme = "https".equals(http.getScheme()) ? "wss" : "ws";
            int port = http.getPort() < 0 ? -1 : http.getPort() + 1;
            out.add(URI.create(scheme + "://" + http.getHost() + (port < 0 ? "" : ":" + port)
                    + (http.getRawPath() == null ? "" : http.getRawPath())
                    + (http.getRawQuery() == null ? "" : "?" + http.getRawQuery())));
        }
        return out;
    }

    /** A copy with other endpoints (tests, the CLI's {@code --rpc}). */
    public RpcSettings withEndpoints(List<URI> newEndpoints, List<URI> newWebsockets) {
        return new RpcSettings(newEndpoints, newWebsockets, commitment, connectTimeout, requestTimeout, maxAttempts,
                retryBackoff, maxRetryBackoff, breakerWindow, breakerFailureRatePercent, breakerOpenFor, batchSize,
                pingInterval, reconnectBackoff, maxReconnectBackoff, pollInterval, rebroadcastInterval, giveUpAfter,
                computeUnitMargin, computeUnitCap, priorityFeePercentile, priorityFeeCapMicroLamports, signaturePageSize,
                feeTolerance);
    }

    /** A copy with other retry and timeout settings (tests use short ones). */
    public RpcSettings withTimings(Duration newRequestTimeout, Duration newRetryBackoff, Duration newMaxRetryBackoff,
            Duration newPollInterval, Duration newRebroadcastInterval) {
        return new RpcSettings(endpoints, websockets, commitment, connectTimeout, newRequestTimeout, maxAttempts,
                newRetryBackoff, newMaxRetryBackoff, breakerWindow, breakerFailureRatePercent, breakerOpenFor, batchSize,
                pingInterval, reconnectBackoff, maxReconnectBackoff, newPollInterval, newRebroadcastInterval, giveUpAfter,
                computeUnitMargin, computeUnitCap, priorityFeePercentile, priorityFeeCapMicroLamports, signaturePageSize,
                feeTolerance);
    }
}
