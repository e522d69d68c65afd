package dev.asdf.burnengine.http.web;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/** Writes JSON bodies and errors the same way on every route. */
public final class Responses {
    public static final String JSON = "application/json; charset=utf-8";

    private Responses() {}

    public static void json(RoutingContext ctx, int status, Object body) {
        HttpServerResponse response = ctx.response();
        if (response.ended() || response.closed()) {
            return;
        }
        response.setStatusCode(status).putHeader("Content-Type", JSON).end(JsonCodec.toBuffer(body));
    }

    public static void error(RoutingContext ctx, ApiError error) {
        json(ctx, error.status(), new ErrorBody(error.error(), error.message()));
    }

    record ErrorBody(String error, String message) {
    }
}
