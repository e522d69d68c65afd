package dev.asdf.burnengine.http;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * One route of the API.
 *
 * @param path in Vert.x form ({@code /tokens/:mint}); {@link #openApiPath()} gives the OpenAPI form
 * @param needsEngine answered with 503 until the engine has started
 * @param takesBody reads a request body (within the configured limit)
 */
record Endpoint(HttpMethod method, String path, boolean needsEngine, boolean takesBody, Handler<RoutingContext> handler) {

    static Endpoint get(String path, boolean needsEngine, Handler<RoutingContext> handler) {
        return new Endpoint(HttpMethod.GET, path, needsEngine, false, handler);
    }

    static Endpoint post(String path, Handler<RoutingContext> handler) {
        return new Endpoint(HttpMethod.POST, path, false, true, handler);
    }

    String openApiPath() {
        return path.replaceAll(":([A-Za-z]+)", "{$1}");
    }
}
