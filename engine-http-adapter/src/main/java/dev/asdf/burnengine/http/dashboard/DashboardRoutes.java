package dev.asdf.burnengine.http.dashboard;

import dev.asdf.burnengine.http.web.ApiError;
import dev.asdf.burnengine.http.web.Responses;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;

/**
 * Serves the dashboard ({@code /}), the admin page ({@code /admin}) and their assets ({@code /assets/<name>}) from
 * memory. Unknown names are 404s; the pages load nothing from other hosts (the CSP forbids it anyway).
 */
public final class DashboardRoutes {
    private final DashboardAssets assets = DashboardAssets.load();

    public void index(RoutingContext ctx) {
        send(ctx, "index.html");
    }

    public void admin(RoutingContext ctx) {
        send(ctx, "admin.html");
    }

    public void asset(RoutingContext ctx) {
        String name = ctx.pathParam("name");
        if (name == null || name.endsWith(".html")) {
            notFound(ctx, name);
            return;
        }
        send(ctx, name);
    }

    private void send(RoutingContext ctx, String name) {
        Optional<DashboardAssets.Asset> found = assets.find(name);
        if (found.isEmpty()) {
            notFound(ctx, name);
            return;
        }
        DashboardAssets.Asset asset = found.get();
        HttpServerResponse response = ctx.response()
                .putHeader("Cache-Control", "no-cache")
                .putHeader("ETag", asset.etag());
        if (asset.etag().equals(ctx.request().getHeader("If-None-Match"))) {
            response.setStatusCode(304).end();
            return;
        }
        response.putHeader("Content-Type", asset.contentType()).end(asset.content());
    }

    private static void notFound(RoutingContext ctx, String name) {
        Responses.error(ctx, ApiError.notFound("not_found", "there is no dashboard asset named '"
                + (name == null ? "" : name.length() > 80 ? name.substring(0, 77) + "..." : name)
                + "'; the dashboard is at /"));
    }
}
