package dev.asdf.burnengine.http;

import dev.asdf.burnengine.http.web.ApiError;
import dev.asdf.burnengine.http.web.Responses;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.PlatformHandler;

/**
 * Answers 405 (with {@code Allow}) when a known path is called with another method. A platform handler, so it runs
 * before the body is read: a POST body sent to a GET route is never buffered.
 */
final class MethodGuard implements PlatformHandler {
    private final Endpoint endpoint;

    MethodGuard(Endpoint endpoint) {
        this.endpoint = endpoint;
    }

    @Override
    public void handle(RoutingContext ctx) {
        if (ctx.request().method().equals(endpoint.method())) {
            ctx.next();
            return;
        }
        String method = ctx.request().method().name();
        ctx.response().putHeader("Allow", endpoint.method().name());
        Responses.error(ctx, new ApiError(405, "method_not_allowed", endpoint.openApiPath() + " answers "
                + endpoint.method().name() + " only, not " + (method.length() > 20 ? method.substring(0, 20) : method)));
    }
}
