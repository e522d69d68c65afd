package dev.asdf.burnengine.http;

import dev.asdf.burnengine.http.admin.AdminApi;
import dev.asdf.burnengine.http.api.OpenApiDocument;
import dev.asdf.burnengine.http.api.ReadApi;
import dev.asdf.burnengine.http.api.SyncCheck;
import dev.asdf.burnengine.http.dashboard.DashboardRoutes;
import dev.asdf.burnengine.http.feed.FeedEndpoint;
import dev.asdf.burnengine.http.metrics.MetricsEndpoint;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;

/** The whole route table in one place: what docs/api.md and /api/openapi.json describe. */
final class ApiRoutes {
    private ApiRoutes() {}

    static List<Endpoint> of(ReadApi read, SyncCheck sync, AdminApi admin, FeedEndpoint feed,
            Handler<RoutingContext> metrics, OpenApiDocument openApi, DashboardRoutes dashboard) {
        List<Endpoint> routes = new ArrayList<>(List.of(
                Endpoint.get("/health", true, read::health),
                Endpoint.get("/health/sync", true, sync::handle),
                Endpoint.get("/ready", false, read::ready),
                Endpoint.get("/fees", true, read::fees),
                Endpoint.get("/tokens", true, read::tokens),
                Endpoint.get("/tokens/:mint", true, read::token),
                Endpoint.get("/burns", true, read::burns),
                Endpoint.get("/treasury", true, read::treasury),
                Endpoint.get("/cycle/status", true, read::cycleStatus),
                Endpoint.get("/cycles", true, read::cycles),
                Endpoint.get("/cycles/:id", true, read::cycle),
                Endpoint.get("/dlq", true, read::deadLetters),
                Endpoint.get("/metrics", false, metrics),
                Endpoint.get("/api/openapi.json", false, openApi::handle),
                Endpoint.get("/ws", false, feed::handle),
                Endpoint.post("/cycle", admin::runCycle),
                Endpoint.post("/admin/tokens/:mint/pause", admin::pause),
                Endpoint.post("/admin/tokens/:mint/resume", admin::resume),
                Endpoint.post("/admin/tokens/reload", admin::reloadTokens),
                Endpoint.post("/admin/dlq/:mint/retry", admin::retryDeadLetter),
                Endpoint.post("/admin/dlq/:mint/drop", admin::dropDeadLetter),
                Endpoint.post("/admin/emergency-stop", admin::engageEmergencyStop),
                Endpoint.post("/admin/emergency-stop/release", admin::releaseEmergencyStop)));
        if (dashboard != null) {
            routes.add(Endpoint.get("/", false, dashboard::index));
            routes.add(Endpoint.get("/admin", false, dashboard::admin));
            routes.add(Endpoint.get("/assets/:name", false, dashboard::asset));
        }
        return List.copyOf(routes);
    }
}
