package dev.asdf.burnengine.http.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asdf.burnengine.http.web.JsonCodec;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /api/openapi.json}: the OpenAPI 3.1 description of every endpoint, kept beside the code as a resource
 * (a test checks that it lists exactly the routes the server registers). Parsed once at start, so a broken document
 * fails the build's tests rather than a client.
 */
public final class OpenApiDocument {
    static final String RESOURCE = "dev/asdf/burnengine/http/api/openapi.json";

    private final Buffer document;

    public OpenApiDocument() {
        try (InputStream in = OpenApiDocument.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the engine-http-adapter jar; rebuild it");
            }
            byte[] bytes = in.readAllBytes();
            JsonNode parsed = JsonCodec.mapper().readTree(bytes);
            if (parsed == null || !parsed.has("openapi") || !parsed.has("paths")) {
                throw new IllegalStateException(RESOURCE + " is not an OpenAPI document (no 'openapi' or 'paths')");
            }
            this.document = Buffer.buffer(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    public void handle(RoutingContext ctx) {
        ctx.response().putHeader("Content-Type", "application/json; charset=utf-8").end(document);
    }
}
