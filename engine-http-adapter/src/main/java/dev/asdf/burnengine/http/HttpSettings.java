package dev.asdf.burnengine.http;

import dev.asdf.burnengine.core.config.ConfigSection;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Everything the HTTP adapter needs to know about where it listens and what it allows. The defaults are the safe
 * ones, so an operator has to opt in to anything that widens access: loopback only, admin disabled until a token file
 * is named, CORS off, request bodies capped.
 *
 * <p>Every validation error names the configuration key, the bad value and the fix; the keys are the daemon's
 * {@code http.*} configuration keys.
 *
 * @param host address to bind; {@code 127.0.0.1} unless the operator deliberately exposes the API
 * @param port TCP port; 0 binds any free port (read it back with {@link VertxApiServer#actualPort()})
 * @param admin whether the admin endpoints are enabled, and where their bearer token is read from
 * @param corsAllowedOrigins exact browser origins ({@code scheme://host[:port]}) allowed to call the API from another
 *                           site; empty turns CORS off
 * @param bodyLimitBytes the largest request body accepted; larger bodies are refused with 413 before being buffered
 * @param adminRateLimit requests each client address may make to the admin endpoints, failed attempts included
 * @param webSocketQueueBound messages a WebSocket client may have waiting; a client that falls this far behind is
 *                            disconnected so it cannot hold memory or slow the others
 * @param maxWebSocketClients connections the feed accepts at once
 * @param explorerCluster which Solana explorer cluster the dashboard links transactions to
 * @param dashboardEnabled whether {@code /} and {@code /admin} serve the dashboard pages
 * @param eventLoops event-loop threads (and server instances) handling requests
 */
public record HttpSettings(
        String host,
        int port,
        AdminAccess admin,
        List<String> corsAllowedOrigins,
        int bodyLimitBytes,
        RateLimit adminRateLimit,
        int webSocketQueueBound,
        int maxWebSocketClients,
        ExplorerCluster explorerCluster,
        boolean dashboardEnabled,
        int eventLoops) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final int DEFAULT_BODY_LIMIT = 64 * 1024;

    public HttpSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("http.host is empty; set it to an address to bind, e.g. " + DEFAULT_HOST);
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("http.port: " + port + " is not a TCP port; use 1..65535, or 0 for any free port");
        }
        Objects.requireNonNull(admin, "http.admin: use AdminAccess.disabled() or AdminAccess.tokenFile(path)");
        corsAllowedOrigins = List.copyOf(Objects.requireNonNull(corsAllowedOrigins,
                "http.corsAllowedOrigins: use an empty list to turn CORS off"));
        corsAllowedOrigins.forEach(HttpSettings::checkOrigin);
        if (bodyLimitBytes < 1024 || bodyLimitBytes > 16 * 1024 * 1024) {
            throw new IllegalArgumentException("http.bodyLimitBytes: " + bodyLimitBytes
                    + " is out of range; use 1024..16777216 (the default is " + DEFAULT_BODY_LIMIT + ")");
        }
        Objects.requireNonNull(adminRateLimit, "http.adminRateLimit: use RateLimit.perMinute(n)");
        if (webSocketQueueBound < 1 || webSocketQueueBound > 100_000) {
            throw new IllegalArgumentException("http.webSocketQueueBound: " + webSocketQueueBound
                    + " is out of range; use 1..100000 messages (the default is 256)");
        }
        if (maxWebSocketClients < 1 || maxWebSocketClients > 100_000) {
            throw new IllegalArgumentException("http.maxWebSocketClients: " + maxWebSocketClients
                    + " is out of range; use 1..100000 (the default is 2000)");
        }
        Objects.requireNonNull(explorerCluster, "http.explorerCluster: use one of " + List.of(ExplorerCluster.values()));
        if (eventLoops < 1 || eventLoops > 64) {
            throw new IllegalArgumentException("http.eventLoops: " + eventLoops
                    + " is out of range; use 1..64 (one per core is plenty)");
        }
    }

    /** Loopback on port 3030, admin disabled, CORS off, 64 KiB bodies, 30 admin calls per minute per client. */
    public static HttpSettings defaults() {
        return new HttpSettings(DEFAULT_HOST, DEFAULT_PORT, AdminAccess.disabled(), List.of(), DEFAULT_BODY_LIMIT,
                RateLimit.perMinute(30), 256, 2000, ExplorerCluster.MAINNET_BETA, true,
                Math.min(2, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * Reads the {@code http.*} keys. A value the record refuses is reported as a problem of its key and the default is
     * kept, so every problem of a file shows at once.
     */
    public static HttpSettings from(ConfigSection http, ExplorerCluster defaultExplorer) {
        HttpSettings d = defaults();
        String host = http.string("host", d.host());
        int port = http.integer("port", d.port(), 0, 65_535);
        AdminAccess admin = http.optionalPath("adminTokenFile").map(AdminAccess::tokenFile).orElse(AdminAccess.disabled());
        List<String> origins = http.strings("corsAllowedOrigins", List.of());
        for (String origin : origins) {
            try {
                checkOrigin(origin);
            } catch (IllegalArgumentException e) {
                http.problem("corsAllowedOrigins", origin, "is not an origin: " + e.getMessage());
                origins = List.of();
            }
        }
        int body = http.integer("bodyLimitBytes", d.bodyLimitBytes(), 1024, 16 * 1024 * 1024);
        int adminCalls = http.integer("adminRequestsPerMinute", d.adminRateLimit().requests(), 1, 1_000_000);
        int queue = http.integer("webSocketQueueBound", d.webSocketQueueBound(), 1, 100_000);
        int clients = http.integer("maxWebSocketClients", d.maxWebSocketClients(), 1, 100_000);
        String explorerName = http.string("explorerCluster", defaultExplorer.wireName());
        ExplorerCluster explorer = defaultExplorer;
        try {
            explorer = ExplorerCluster.parse(explorerName);
        } catch (IllegalArgumentException e) {
            http.problem("explorerCluster", explorerName, "is not one of mainnet-beta, devnet, testnet, none");
        }
        boolean dashboard = http.bool("dashboard", d.dashboardEnabled());
        int loops = http.integer("eventLoops", d.eventLoops(), 1, 64);
        return new HttpSettings(host.isBlank() ? d.host() : host, port, admin, origins, body,
                RateLimit.perMinute(adminCalls), queue, clients, explorer, dashboard, loops);
    }

    public HttpSettings withHost(String newHost) {
        return new HttpSettings(newHost, port, admin, corsAllowedOrigins, bodyLimitBytes, adminRateLimit,
                webSocketQueueBound, maxWebSocketClients, explorerCluster, dashboardEnabled, eventLoops);
    }

    public HttpSettings withPort(int newPort) {
        return new HttpSettings(host, newPort, admin, corsAllowedOrigins, bodyLimitBytes, adminRateLimit,
                webSocketQueueBound, maxWebSocketClients, explorerCluster, dashboardEnabled, eventLoops);
    }

    public HttpSettings withAdmin(AdminAccess newAdmin) {
        return new HttpSettings(host, port, newAdmin, corsAllowedOrigins, bodyLimitBytes, adminRateLimit,
                webSocketQueueBound, maxWebSocketClients, explorerCluster, dashboardEnabled, eventLoops);
    }

    public HttpSettings withCorsAllowedOrigins(List<String> origins) {
        return new HttpSettings(host, port, admin, origins, bodyLimitBytes, adminRateLimit,
                webSocketQueueBound, maxWebSocketClients, explorerCluster, dashboardEnabled, eventLoops);
    }

    public HttpSettings withBodyLimitBytes(int limit) {
        return new HttpSettings(host, port, admin, corsAllowedOrigins, limit, adminRateLimit,
                webSocketQueueBound, maxWebSocketClients, explorerCluster, dashboardEnabled, eventLoops);
    }

    public HttpSettings withAdminRateLimit(RateLimit limit) {
        return new HttpSettings(host, port, admin, corsAllowedOrigins, bodyLimitBytes, limit,
                webSocketQueueBound, maxWebSocketClients, explorerCluster, dashboardEnabled, eventLoops);
    }

    public HttpSettings withWebSocketQueueBound(int bound) {
        return new HttpSettings(host, port, admin, corsAllowedOrigins, bodyLimitBytes, adminRateLimit,
                bound, maxWebSocketClients, explorerCluster, dashboardEnabled, eventLoops);
    }

    public HttpSettings withMaxWebSocketClients(int max) {
        return new HttpSettings(host, port, admin, corsAllowedOrigins, bodyLimitBytes, adminRateLimit,
                webSocketQueueBound, max, explorerCluster, dashboardEnabled, eventLoops);
    }

    public HttpSettings withExplorerCluster(ExplorerCluster cluster) {
        return new HttpSettings(host, port, admin, corsAllowedOrigins, bodyLimitBytes, adminRateLimit,
                webSocketQueueBound, maxWebSocketClients, cluster, dashboardEnabled, eventLoops);
    }

    public HttpSettings withDashboardEnabled(boolean enabled) {
        return new HttpSettings(host, port, admin, corsAllowedOrigins, bodyLimitBytes, adminRateLimit,
                webSocketQueueBound, maxWebSocketClients, explorerCluster, enabled, eventLoops);
    }

    public HttpSettings withEventLoops(int loops) {
        return new HttpSettings(host, port, admin, corsAllowedOrigins, bodyLimitBytes, adminRateLimit,
                webSocketQueueBound, maxWebSocketClients, explorerCluster, dashboardEnabled, loops);
    }

    private static void checkOrigin(String origin) {
        if (origin == null || origin.equals("*") || origin.equalsIgnoreCase("null")) {
            throw new IllegalArgumentException("http.corsAllowedOrigins: '" + origin + "' is not allowed; list each"
                    + " origin exactly, e.g. https://ops.example.org");
        }
        try {
            URI uri = new URI(origin);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean bare = (uri.getPath() == null || uri.getPath().isEmpty()) && uri.getQuery() == null
                    && uri.getFragment() == null && uri.getUserInfo() == null;
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || !bare) {
                throw new IllegalArgumentException("http.corsAllowedOrigins: '" + origin + "' is not an origin; write"
                        + " scheme://host[:port] with no path, e.g. https://ops.example.org");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("http.corsAllowedOrigins: '" + origin + "' is not an origin ("
                    + e.getReason() + "); write scheme://host[:port], e.g. https://ops.example.org", e);
        }
    }

    /**
     * Whether the admin endpoints are on. They are off unless a token file is named, so a forgotten setting never
     * leaves cycle triggers open.
     */
    public sealed interface AdminAccess permits AdminAccess.Disabled, AdminAccess.TokenFile {

        static AdminAccess disabled() {
            return Disabled.INSTANCE;
        }

        static AdminAccess tokenFile(Path file) {
            return new TokenFile(file);
        }

        /** Admin endpoints answer 403 and say how to enable them. */
        enum Disabled implements AdminAccess {
            INSTANCE
        }

        /**
         * Admin endpoints require {@code Authorization: Bearer <token>}, the token being the file's content (trimmed).
         * The file is read once at start; it is never logged.
         */
        record TokenFile(Path file) implements AdminAccess {
            public TokenFile {
                Objects.requireNonNull(file, "http.adminTokenFile: name the file that holds the admin token");
            }
        }
    }

    /**
     * A token bucket: {@code requests} calls, refilled evenly over {@code per}.
     */
    public record RateLimit(int requests, Duration per) {
        public RateLimit {
            Objects.requireNonNull(per, "http.adminRateLimit.per");
            if (requests < 1 || requests > 1_000_000) {
                throw new IllegalArgumentException("http.adminRateLimit.requests: " + requests
                        + " is out of range; use 1..1000000 (the default is 30 per minute)");
            }
            if (per.isNegative() || per.isZero() || per.compareTo(Duration.ofDays(1)) > 0) {
                throw new IllegalArgumentException("http.adminRateLimit.per: " + per
                        + " is out of range; use a duration above zero and at most one day, e.g. PT1M");
            }
        }

        public static RateLimit perMinute(int requests) {
            return new RateLimit(requests, Duration.ofMinutes(1));
        }
    }

    /** The explorer cluster the dashboard links transactions and accounts to. */
    public enum ExplorerCluster {
        MAINNET_BETA("mainnet-beta"),
        DEVNET("devnet"),
        TESTNET("testnet"),
        /** No explorer links (a sandbox or private cluster the public explorer cannot see). */
        NONE("none");

        private final String wireName;

        ExplorerCluster(String wireName) {
            this.wireName = wireName;
        }

        /** The name the explorer's {@code ?cluster=} parameter and the configuration use. */
        public String wireName() {
            return wireName;
        }

        /**
         * @throws IllegalArgumentException naming the value and the accepted names
         */
        public static ExplorerCluster parse(String name) {
            for (ExplorerCluster c : values()) {
                if (c.wireName.equalsIgnoreCase(String.valueOf(name).strip())) {
                    return c;
                }
            }
            throw new IllegalArgumentException("http.explorerCluster: '" + name
                    + "' is not a cluster; use mainnet-beta, devnet, testnet or none");
        }
    }
}
