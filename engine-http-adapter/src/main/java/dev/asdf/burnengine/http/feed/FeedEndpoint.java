package dev.asdf.burnengine.http.feed;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asdf.burnengine.http.web.ApiError;
import dev.asdf.burnengine.http.web.CorsPolicy;
import dev.asdf.burnengine.http.web.JsonCodec;
import dev.asdf.burnengine.http.web.Responses;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /ws}: upgrades to the WebSocket feed. Browser pages from other sites are refused (the {@code Origin}
 * must be this server or a configured CORS origin), the number of clients is capped, and a client may only ask for
 * a fresh snapshot ({@code {"action":"snapshot"}}, at most once a second) or ping ({@code {"action":"ping"}});
 * anything else it sends is ignored.
 */
public final class FeedEndpoint {
    private static final Logger LOG = LoggerFactory.getLogger(FeedEndpoint.class);

    private final WebSocketEventFeed feed;
    private final CorsPolicy cors;
    private final int queueBound;
    private final int maxClients;

    public FeedEndpoint(WebSocketEventFeed feed, CorsPolicy cors, int queueBound, int maxClients) {
        this.feed = feed;
        this.cors = cors;
        this.queueBound = queueBound;
        this.maxClients = maxClients;
    }

    /** Attaches the feed to {@code context}, the event loop that broadcasts. */
    public void start(Context context, FeedContent content, MeterRegistry registry) {
        feed.attach(context, content, registry);
    }

    /** Closes every client and detaches the feed. */
    public Future<Void> stop() {
        return feed.detach();
    }

    public void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (!"websocket".equalsIgnoreCase(request.getHeader("Upgrade"))) {
            Responses.error(ctx, new ApiError(426, "websocket_required", "GET /ws is the live event feed; connect"
                    + " with a WebSocket client (Upgrade: websocket), or use the REST endpoints listed in"
                    + " /api/openapi.json"));
            return;
        }
        String origin = request.getHeader("Origin");
        if (origin != null && !sameOrigin(origin, request.getHeader("Host")) && !cors.allows(origin)) {
            Responses.error(ctx, new ApiError(403, "origin_not_allowed", "pages from origin '"
                    + abbreviate(origin) + "' may not open the feed; add the origin to http.corsAllowedOrigins"));
            return;
        }
        if (!feed.reserve(maxClients)) {
            Responses.error(ctx, ApiError.unavailable("feed_full", "the feed serves at most " + maxClients
                    + " clients at once and is full (or stopping); close idle dashboards or raise"
                    + " http.maxWebSocketClients"));
            return;
        }
        HttpConnection connection = request.connection();
        request.toWebSocket().onComplete(ar -> {
            if (ar.failed()) {
                feed.release();
                LOG.debug("feed handshake failed: {}", ar.cause().toString());
                return;
            }
            ServerWebSocket socket = ar.result();
            FeedClient client = new FeedClient(socket, connection, queueBound);
            socket.closeHandler(v -> feed.leave(client));
            socket.exceptionHandler(e -> LOG.debug("feed client {}: {}", client.remote(), e.toString()));
            socket.binaryMessageHandler(b -> { });
            socket.textMessageHandler(text -> onMessage(client, text));
            feed.join(client);
        });
    }

    private void onMessage(FeedClient client, String text) {
        String action;
        try {
            JsonNode node = JsonCodec.mapper().readTree(text);
            action = node != null && node.isObject() ? node.path("action").asText("") : "";
        } catch (IOException e) {
            return;
        }
        if (action.equals("snapshot") && client.snapshotAllowed()) {
            feed.resync(client);
        } else if (action.equals("ping")) {
            feed.pong(client);
        }
    }

    static boolean sameOrigin(String origin, String host) {
        if (host == null) {
            return false;
        }
        return origin.equalsIgnoreCase("http://" + host) || origin.equalsIgnoreCase("https://" + host);
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
