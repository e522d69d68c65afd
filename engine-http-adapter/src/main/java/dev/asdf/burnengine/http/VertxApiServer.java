package dev.asdf.burnengine.http;

import dev.asdf.burnengine.core.BurnEngine;
import dev.asdf.burnengine.http.admin.AdminApi;
import dev.asdf.burnengine.http.api.FeedJson;
import dev.asdf.burnengine.http.api.OpenApiDocument;
import dev.asdf.burnengine.http.api.ReadApi;
import dev.asdf.burnengine.http.api.SyncCheck;
import dev.asdf.burnengine.http.dashboard.DashboardRoutes;
import dev.asdf.burnengine.http.feed.FeedEndpoint;
import dev.asdf.burnengine.http.feed.WebSocketEventFeed;
import dev.asdf.burnengine.http.metrics.MetricNames;
import dev.asdf.burnengine.http.metrics.MetricsEndpoint;
import dev.asdf.burnengine.http.web.CorsPolicy;
import io.micrometer.core.instrument.Counter;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.file.FileSystemOptions;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's HTTP face: the REST API, the admin endpoints, the WebSocket feed at {@code /ws}, the dashboard at
 * {@code /} and Prometheus metrics at {@code /metrics}, on Vert.x. It holds no business logic: reads render the
 * engine's {@link dev.asdf.burnengine.core.query.EngineView}, writes call the {@link BurnEngine} facade.
 *
 * <p>Wiring (the daemon does this with Guice): create the {@link WebSocketEventFeed} and a
 * {@link dev.asdf.burnengine.http.metrics.PrometheusEngineMetrics} first, compose them into the engine's event
 * sink, build and start the engine, then create this server and {@link #start()} it. {@link #start()} and
 * {@link #stop()} block (call them from the runner's thread, never from an event loop); the shutdown is bounded
 * (open connections get two seconds), so a stop never hangs on a client.
 */
public final class VertxApiServer {
    static final Duration SYNC_REUSE = Duration.ofSeconds(5);
    static final int ADMIN_WORKERS = 4;
    static final long START_TIMEOUT_SECONDS = 30;
    static final long STOP_TIMEOUT_SECONDS = 15;
    private static final Logger LOG = LoggerFactory.getLogger(VertxApiServer.class);

    private final HttpSettings settings;
    private final BurnEngine engine;
    private final PrometheusMeterRegistry registry;
    private final EngineHealth health;
    private final WebSocketEventFeed feed;
    private final Clock clock;
    private Running running;
    private volatile int actualPort = -1;

    /**
     * @param registry the process's shared registry: {@code /metrics} serves all of it
     * @param health readiness and component health, supplied by the runner
     * @param feed the feed sink the engine publishes to
     * @param clock the engine's clock (uptime, rate-limit refills, timestamps)
     */
    public VertxApiServer(HttpSettings settings, BurnEngine engine, PrometheusMeterRegistry registry,
            EngineHealth health, WebSocketEventFeed feed, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.engine = Objects.requireNonNull(engine, "engine");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.health = Objects.requireNonNull(health, "health");
        this.feed = Objects.requireNonNull(feed, "feed");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    private record Running(Vertx vertx, WorkerExecutor adminWorker, FeedEndpoint feedEndpoint, List<Endpoint> routes) {
    }

    /**
     * Binds and starts serving.
     *
     * @return the port it listens on (the chosen one when the configured port is 0)
     * @throws IllegalStateException when it cannot listen (the message names the address and the fix) or is already
     *                               started
     * @throws IllegalArgumentException when the admin token file is configured but unusable
     */
    public synchronized int start() {
        if (running != null) {
            throw new IllegalStateException("the HTTP server is already started on port " + actualPort);
        }
        Vertx vertx = Vertx.vertx(new VertxOptions()
                .setEventLoopPoolSize(settings.eventLoops())
                .setWorkerPoolSize(4)
                .setFileSystemOptions(new FileSystemOptions().setFileCachingEnabled(false)
                        .setClassPathResolvingEnabled(false)));
        try {
            WorkerExecutor adminWorker = vertx.createSharedWorkerExecutor("burn-engine-admin", ADMIN_WORKERS, 2,
                    TimeUnit.HOURS);
            CorsPolicy cors = new CorsPolicy(settings.corsAllowedOrigins());
            ReadApi read = new ReadApi(engine, health, registry, clock, settings.explorerCluster());
            AdminApi admin = new AdminApi(engine, settings, clock, registry, adminWorker);
            MetricsEndpoint metrics = new MetricsEndpoint(registry, engine);
            FeedEndpoint feedEndpoint = new FeedEndpoint(feed, cors, settings.webSocketQueueBound(),
                    settings.maxWebSocketClients());
            List<Endpoint> routes = ApiRoutes.of(read, new SyncCheck(engine, clock, SYNC_REUSE), admin, feedEndpoint,
                    scrape(metrics), new OpenApiDocument(), settings.dashboardEnabled() ? new DashboardRoutes() : null);
            running = new Running(vertx, adminWorker, feedEndpoint, routes);
            Counter serverErrors = Counter.builder(MetricNames.HTTP_SERVER_ERRORS)
                    .description("Requests answered with 500 (each is logged with an incident id)").register(registry);
            List<ApiVerticle> instances = new CopyOnWriteArrayList<>();
            await(vertx.deployVerticle(() -> {
                ApiVerticle v = new ApiVerticle(settings, engine, routes, serverErrors);
                instances.add(v);
                return v;
            }, new DeploymentOptions().setInstances(settings.eventLoops())),
                    "listen on " + settings.host() + ":" + settings.port());
            actualPort = instances.get(0).actualPort();
            if (instances.stream().anyMatch(v -> v.actualPort() != actualPort)) {
                throw new IllegalStateException("the " + instances.size() + " event loops did not share one port;"
                        + " set http.eventLoops to 1 or give http.port a fixed value");
            }
            feedEndpoint.start(vertx.getOrCreateContext(), new FeedJson(read, engine, settings.explorerCluster()),
                    registry);
            LOG.info("HTTP API listening on http://{}:{} ({} event loop(s), admin {}, CORS {})", settings.host(),
                    actualPort, settings.eventLoops(),
                    settings.admin() instanceof HttpSettings.AdminAccess.TokenFile ? "enabled" : "disabled",
                    settings.corsAllowedOrigins().isEmpty() ? "off" : settings.corsAllowedOrigins());
            return actualPort;
        } catch (RuntimeException e) {
            running = null;
            actualPort = -1;
            closeQuietly(vertx);
            throw e;
        }
    }

    /** Closes the feed's clients, stops listening (open connections get two seconds) and releases the threads. */
    public synchronized void stop() {
        Running r = running;
        if (r == null) {
            return;
        }
        running = null;
        try {
            await(r.feedEndpoint().stop(), "close the WebSocket feed");
        } catch (RuntimeException e) {
            LOG.warn("closing the feed's clients: {}", e.getMessage());
        }
        closeQuietly(r.vertx());
        actualPort = -1;
        LOG.info("HTTP API stopped");
    }

    /** The port the server listens on; -1 when it is not started. */
    public int actualPort() {
        return actualPort;
    }

    /** "METHOD path" of every route, in registration order (what /api/openapi.json must describe). */
    synchronized List<String> routeSignatures() {
        List<String> out = new ArrayList<>();
        if (running != null) {
            running.routes().forEach(e -> out.add(e.method().name() + " " + e.openApiPath()));
        }
        return out;
    }

    private static Handler<RoutingContext> scrape(MetricsEndpoint metrics) {
        return ctx -> ctx.vertx().executeBlocking(metrics::scrape, false).onComplete(ar -> {
            if (ar.failed()) {
                ctx.fail(ar.cause());
                return;
            }
            ctx.response().putHeader("Content-Type", MetricsEndpoint.CONTENT_TYPE).end(ar.result());
        });
    }

    private static void closeQuietly(Vertx vertx) {
        try {
            vertx.close().toCompletionStage().toCompletableFuture().get(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("Vert.x did not close cleanly: {}", e.toString());
        }
    }

    private static <T> T await(Future<T> future, String what) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while trying to " + what, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new IllegalStateException("could not " + what + ": " + cause.getMessage()
                    + (cause instanceof java.net.BindException ? "; the port is taken or the address is not local:"
                    + " set http.port (0 = any free port) or http.host" : ""), cause);
        } catch (TimeoutException e) {
            throw new IllegalStateException("could not " + what + " within " + START_TIMEOUT_SECONDS + " s", e);
        }
    }
}
