package dev.asdf.burnengine.http.web;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Set;

/**
 * Cross-origin access, off unless origins are listed. An allowed origin gets exactly its own origin back in
 * {@code Access-Control-Allow-Origin} (never {@code *}); any other origin gets no CORS header, so a browser keeps the
 * response from that site's scripts, and its preflight is refused with 403.
 */
public final class CorsPolicy implements Handler<RoutingContext> {
    private final Set<String> allowed;

    public CorsPolicy(List<String> allowedOrigins) {
        this.allowed = Set.copyOf(allowedOrigins);
    }

    @Override
    public void handle(RoutingContext ctx) {
        String origin = ctx.request().getHeader("Origin");
        boolean preflight = ctx.request().method() == HttpMethod.OPTIONS
                && ctx.request().getHeader("Access-Control-Request-Method") != null;
        if (origin == null || allowed.isEmpty() && !preflight) {
            ctx.next();
            return;
        }
        boolean ok = allowed.contains(origin);
        if (ok) {
            ctx.response().putHeader("Access-Control-Allow-Origin", origin).putHeader("Vary", "Origin");
        }
        if (!preflight) {
            ctx.next();
            return;
        }
        if (!ok) {
            Responses.error(ctx, new ApiError(403, "origin_not_allowed", "origin '" + abbreviate(origin)
                    + "' may not call this API from a browser; add it to http.corsAllowedOrigins to allow it"));
            return;
        }
        ctx.response()
                .putHeader("Access-Control-Allow-Methods", "GET, POST")
                .putHeader("Access-Control-Allow-Headers", "Authorization, Content-Type")
                .putHeader("Access-Control-Max-Age", "600")
                .setStatusCode(204)
                .end();
    }

    /** Whether a browser page on {@code origin} may use this server (the WebSocket feed checks this too). */
    public boolean allows(String origin) {
        return allowed.contains(origin);
    }

    static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
