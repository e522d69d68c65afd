package dev.asdf.burnengine.http;

import dev.asdf.burnengine.core.BurnEngine;
import dev.asdf.burnengine.http.web.ApiError;
import dev.asdf.burnengine.http.web.CorsPolicy;
import dev.asdf.burnengine.http.web.Responses;
import dev.asdf.burnengine.http.web.SecurityHeaders;
import io.micrometer.core.instrument.Counter;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One HTTP server instance on its own event loop; {@link VertxApiServer} deploys one per configured event loop, all
 * listening on the same port (Vert.x spreads connections across them).
 */
final class ApiVerticle extends VerticleBase {
    static final int IDLE_TIMEOUT_SECONDS = 600;
    static final int MAX_WEBSOCKET_MESSAGE = 4096;
    /** Vert.x binds one random port for every server asking for the same negative port, so all loops share it. */
    static final int SHARED_RANDOM_PORT = -1;
    private static final Logger LOG = LoggerFactory.getLogger(ApiVerticle.class);

    private final HttpSettings settings;
    private final BurnEngine engine;
    private final List<Endpoint> endpoints;
    private final Counter serverErrors;
    private HttpServer server;

    ApiVerticle(HttpSettings settings, BurnEngine engine, List<Endpoint> endpoints, Counter serverErrors) {
        this.settings = settings;
        this.engine = engine;
        this.endpoints = endpoints;
        this.serverErrors = serverErrors;
    }

    @Override
    public Future<?> start() {
        HttpServerOptions options = new HttpServerOptions()
                .setHost(settings.host())
                .setPort(settings.port() == 0 ? SHARED_RANDOM_PORT : settings.port())
                .setIdleTimeout(IDLE_TIMEOUT_SECONDS)
                .setMaxWebSocketFrameSize(MAX_WEBSOCKET_MESSAGE)
                .setMaxWebSocketMessageSize(MAX_WEBSOCKET_MESSAGE)
                .setWebSocketClosingTimeout(2)
                .setCompressionSupported(false)
                .setHttp2ClearTextEnabled(false);
        server = vertx.createHttpServer(options).requestHandler(router());
        return server.listen();
    }

    @Override
    public Future<?> stop() {
        return server == null ? Future.succeededFuture() : server.shutdown(2, TimeUnit.SECONDS);
    }

    int actualPort() {
        return server.actualPort();
    }

    private Router router() {
        Router router = Router.router(vertx);
        router.route().handler(new SecurityHeaders());
        router.route().handler(new CorsPolicy(settings.corsAllowedOrigins()));
        BodyHandler body = BodyHandler.create(false).setBodyLimit(settings.bodyLimitBytes());
        for (Endpoint e : endpoints) {
            var route = router.route(e.path()).handler(new MethodGuard(e));
            if (e.needsEngine()) {
                route.handler(this::requireEngine);
            }
            if (e.takesBody()) {
                route.handler(body);
            }
            route.handler(e.handler());
        }
        router.route().failureHandler(ctx -> failure(ctx, malformedRequest(ctx.failure()) ? 400 : ctx.statusCode()));
        router.errorHandler(404, ctx -> Responses.error(ctx, ApiError.notFound("not_found", "there is no "
                + ctx.request().method().name() + " " + abbreviate(ctx.request().path())
                + "; GET /api/openapi.json lists every endpoint")));
        router.errorHandler(400, ctx -> failure(ctx, 400));
        router.errorHandler(413, ctx -> failure(ctx, 413));
        router.errorHandler(500, ctx -> failure(ctx, 500));
        return router;
    }

    private void requireEngine(RoutingContext ctx) {
        if (engine.isStarted()) {
            ctx.next();
        } else {
            Responses.error(ctx, ApiError.engineNotStarted());
        }
    }

    /**
     * A request the HTTP codec could not decode (a broken chunked body, say) fails while its body is read; that is bad
     * input, not a server fault.
     */
    static boolean malformedRequest(Throwable failure) {
        if (failure == null) {
            return false;
        }
        StackTraceElement[] trace = failure.getStackTrace();
        return trace.length > 0 && trace[0].getClassName().startsWith("io.netty.handler.codec.");
    }

    /** Bad input ends as a 4xx with a JSON body; anything else is a 500 with an id to find it in the log. */
    private void failure(RoutingContext ctx, int status) {
        if (status == 413) {
            Responses.error(ctx, new ApiError(413, "body_too_large", "the request body is larger than"
                    + " http.bodyLimitBytes allows; send less (admin bodies are a few hundred bytes)"));
        } else if (status >= 400 && status < 500) {
            Responses.error(ctx, new ApiError(status, "bad_request", "the request could not be read (status "
                    + status + "); check its path encoding, headers and body"));
        } else {
            serverErrors.increment();
            String incident = UUID.randomUUID().toString();
            LOG.error("request {} {} failed (incident {})", ctx.request().method(), abbreviate(ctx.request().path()),
                    incident, ctx.failure());
            Responses.error(ctx, new ApiError(500, "internal_error", "the server failed to answer; the log has"
                    + " incident " + incident));
        }
    }

    private static String abbreviate(String s) {
        if (s == null) {
            return "";
        }
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
