package dev.asdf.burnengine.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A WebSocket client of the feed (the JDK's), collecting every text message; close it at the end of each test. */
public final class TestFeedClient implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(10);

    private final BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final WebSocket socket;

    private TestFeedClient(HttpClient http, URI uri, String origin) {
        WebSocket.Builder builder = http.newWebSocketBuilder().connectTimeout(WAIT);
        if (origin != null) {
            builder.header("Origin", origin);
        }
        this.socket = builder.buildAsync(uri, new Listener()).join();
    }

    public static TestFeedClient connect(TestServer server) {
        return connect(server, null);
    }

    public static TestFeedClient connect(TestServer server, String origin) {
        return new TestFeedClient(server.http, URI.create("ws://127.0.0.1:" + server.server.actualPort() + "/ws"), origin);
    }

    /** The next message, failing the test if none arrives within ten seconds. */
    public JsonNode next() {
        try {
            JsonNode m = messages.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            if (m == null) {
                throw new AssertionError("no feed message within " + WAIT);
            }
            return m;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Skips messages until one of {@code type} arrives. */
    public JsonNode nextOfType(String type) {
        return nextMatching(m -> m.path("type").asText().equals(type));
    }

    public JsonNode nextMatching(Predicate<JsonNode> p) {
        for (int i = 0; i < 10_000; i++) {
            JsonNode m = next();
            if (p.test(m)) {
                return m;
            }
        }
        throw new AssertionError("no matching message among 10000");
    }

    /** The close code the server sent, once it closed the connection. */
    public CompletableFuture<Integer> closed() {
        return closed;
    }

    public void send(String text) {
        socket.sendText(text, true).join();
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "test done").orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null).join();
        }
        socket.abort();
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                messages.add(TestServer.json(partial.toString()));
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.completeExceptionally(error);
        }
    }
}
