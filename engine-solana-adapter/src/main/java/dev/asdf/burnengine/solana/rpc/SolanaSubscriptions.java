package dev.asdf.burnengine.solana.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.chain.TxSignature;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Solana PubSub over the JDK WebSocket: subscriptions that survive disconnects. It sends a JSON-RPC ping every
 * {@code rpc.websocket.pingInterval} (providers close idle sockets and ignore protocol pings, peers-and-user-needs
 * §3.7), reconnects with exponential backoff (rotating through the WebSocket URLs), re-subscribes everything, and then
 * runs every {@link #onConnected} callback so its owner backfills the gap through HTTP: delivery over a WebSocket is
 * at most once, so notifications are wake-ups, never the record.
 */
public final class SolanaSubscriptions implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SolanaSubscriptions.class);

    private final List<URI> urls;
    private final HttpClient http;
    private final RpcSettings settings;
    private final RpcMetrics metrics;
    private final ScheduledExecutorService scheduler =
            Executors.newSingleThreadScheduledExecutor(HttpTransport.daemonThreads("rpc-ws"));
    private final Map<Long, Active> subscriptions = new ConcurrentHashMap<>();
    private final Map<Long, Active> pendingById = new ConcurrentHashMap<>();
    private final Map<Long, Active> byServerId = new ConcurrentHashMap<>();
    private final List<Runnable> connectedCallbacks = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong();
    private volatile WebSocket socket;
    private volatile long lastMessageNanos = System.nanoTime();
    private volatile boolean closed;
    private volatile String lastError = "";
    private int attempt;
    private int urlIndex;

    private SolanaSubscriptions(JsonRpcClient client) {
        this.settings = client.settings();
        this.urls = settings.websocketUrls();
        this.http = client.httpClient();
        this.metrics = client.metrics();
    }

    /** Starts connecting in the background; subscriptions made before the socket is up are sent when it is. */
    public static SolanaSubscriptions start(JsonRpcClient client) {
        SolanaSubscriptions s = new SolanaSubscriptions(client);
        s.scheduler.execute(s::connect);
        long ping = s.settings.pingInterval().toMillis();
        s.scheduler.scheduleAtFixedRate(s::pingOrReconnect, ping, ping, TimeUnit.MILLISECONDS);
        return s;
    }

    /** Runs after every successful connect and re-subscription (the first included): backfill there. */
    public void onConnected(Runnable callback) {
        connectedCallbacks.add(callback);
    }

    public Subscription logs(Address mentions, Consumer<JsonNode> onNotification) {
        return subscribe("logsSubscribe", List.of(Map.of("mentions", List.of(mentions.toString())),
                Map.of("commitment", settings.commitment().wire())), "logsUnsubscribe", onNotification);
    }

    public Subscription account(Address address, Consumer<JsonNode> onNotification) {
        return subscribe("accountSubscribe", List.of(address.toString(),
                Map.of("commitment", settings.commitment().wire(), "encoding", "base64")), "accountUnsubscribe",
                onNotification);
    }

    /** One notification when the transaction lands (the server then ends the subscription). */
    public Subscription signature(TxSignature signature, Consumer<JsonNode> onNotification) {
        return subscribe("signatureSubscribe", List.of(signature.toString(),
                Map.of("commitment", settings.commitment().wire())), "signatureUnsubscribe", onNotification);
    }

    public Subscription slots(Consumer<JsonNode> onNotification) {
        return subscribe("slotSubscribe", List.of(), "slotUnsubscribe", onNotification);
    }

    /** Whether the socket is open now. */
    public boolean connected() {
        WebSocket ws = socket;
        return ws != null && !ws.isOutputClosed() && !ws.isInputClosed();
    }

    /** Whether the server has confirmed every live subscription on the current socket. */
    public boolean allConfirmed() {
        return connected() && subscriptions.values().stream().allMatch(a -> a.serverId != null);
    }

    /** The last connection failure, or empty. */
    public String lastError() {
        return lastError;
    }

    private Subscription subscribe(String method, List<Object> params, String unsubscribe, Consumer<JsonNode> consumer) {
        long localId = ids.incrementAndGet();
        Active active = new Active(localId, method, params, unsubscribe, consumer);
        subscriptions.put(localId, active);
        scheduler.execute(() -> send(active));
        return () -> {
            subscriptions.remove(localId);
            Long server = active.serverId;
            if (server != null) {
                byServerId.remove(server);
                scheduler.execute(() -> sendRaw(request(ids.incrementAndGet(), unsubscribe, List.of(server))));
            }
        };
    }

    private void connect() {
        if (closed) {
            return;
        }
        URI url = urls.get(urlIndex % urls.size());
        try {
            socket = http.newWebSocketBuilder().connectTimeout(settings.connectTimeout())
                    .buildAsync(url, new Listener()).get(settings.connectTimeout().toMillis() * 2, TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            lastError = "cannot open " + Endpoint.redact(url) + ": " + rootMessage(e);
            metrics.webSocket("connect_failed");
            scheduleReconnect();
            return;
        }
        attempt = 0;
        lastError = "";
        lastMessageNanos = System.nanoTime();
        metrics.webSocket("connected");
        pendingById.clear();
        byServerId.clear();
        for (Active a : subscriptions.values()) {
            a.serverId = null;
            send(a);
        }
        for (Runnable callback : connectedCallbacks) {
            try {
                callback.run();
            } catch (RuntimeException e) {
                LOG.warn("a WebSocket reconnect callback failed: {}", e.toString());
            }
        }
    }

    private void scheduleReconnect() {
        if (closed) {
            return;
        }
        urlIndex++;
        long base = settings.reconnectBackoff().toMillis();
        long delay = Math.min(settings.maxReconnectBackoff().toMillis(), base << Math.min(16, attempt++));
        metrics.webSocket("reconnect_scheduled");
        scheduler.schedule(this::connect, delay, TimeUnit.MILLISECONDS);
    }

    private void pingOrReconnect() {
        WebSocket ws = socket;
        if (closed || ws == null) {
            return;
        }
        long silentMillis = (System.nanoTime() - lastMessageNanos) / 1_000_000;
        if (silentMillis > 2 * settings.pingInterval().toMillis() + settings.requestTimeout().toMillis()) {
            metrics.webSocket("silent_reconnect");
            ws.abort();
            lost(ws, "no message for " + silentMillis + " ms");
            return;
        }
        sendRaw(request(ids.incrementAndGet(), "ping", List.of()));
        metrics.webSocket("ping");
    }

    private void send(Active a) {
        if (!connected()) {
            return;
        }
        long requestId = ids.incrementAndGet();
        pendingById.put(requestId, a);
        sendRaw(request(requestId, a.method, a.params));
    }

    private void sendRaw(String text) {
        WebSocket ws = socket;
        if (ws == null || ws.isOutputClosed()) {
            return;
        }
        try {
            ws.sendText(text, true).get(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            ws.abort();
            lost(ws, "send failed: " + rootMessage(e));
        }
    }

    private static String request(long id, String method, List<Object> params) {
        ObjectNode node = JsonRpcClient.JSON.createObjectNode();
        node.put("jsonrpc", "2.0");
        node.put("id", id);
        node.put("method", method);
        node.set("params", JsonRpcClient.JSON.valueToTree(params));
        return node.toString();
    }

    private void onMessage(String text) {
        lastMessageNanos = System.nanoTime();
        JsonNode m;
        try {
            m = JsonRpcClient.JSON.readTree(text);
        } catch (Exception e) {
            metrics.webSocket("garbled");
            return;
        }
        if (m.has("id") && !m.get("id").isNull()) {
            Active a = pendingById.remove(m.get("id").asLong());
            if (a != null && m.has("result") && subscriptions.containsKey(a.localId)) {
                a.serverId = m.get("result").asLong();
                byServerId.put(a.serverId, a);
            } else if (a != null) {
                lastError = a.method + " refused: " + m.path("error").path("message").asText();
            }
            return;
        }
        String method = m.path("method").asText("");
        if (method.endsWith("Notification")) {
            metrics.webSocket(method);
            Active a = byServerId.get(m.path("params").path("subscription").asLong());
            if (a != null) {
                if ("signatureNotification".equals(method)) {
                    subscriptions.remove(a.localId);
                    byServerId.remove(a.serverId);
                }
                try {
                    a.consumer.accept(m.path("params").path("result"));
                } catch (RuntimeException e) {
                    LOG.warn("a {} consumer failed: {}", method, e.toString());
                }
            }
        }
    }

    private void lost(WebSocket ws, String why) {
        synchronized (this) {
            if (socket != ws || closed) {
                return;
            }
            socket = null;
        }
        lastError = why;
        metrics.webSocket("lost");
        if (!scheduler.isShutdown()) {
            scheduler.execute(this::scheduleReconnect);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }

    @Override
    public void close() {
        closed = true;
        WebSocket ws = socket;
        if (ws != null) {
            ws.abort();
        }
        scheduler.shutdownNow();
    }

    private static final class Active {
        final long localId;
        final String method;
        final List<Object> params;
        final String unsubscribe;
        final Consumer<JsonNode> consumer;
        volatile Long serverId;

        Active(long localId, String method, List<Object> params, String unsubscribe, Consumer<JsonNode> consumer) {
            this.localId = localId;
            this.method = method;
            this.params = params;
            this.unsubscribe = unsubscribe;
            this.consumer = consumer;
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                onMessage(text);
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
            lost(ws, "closed by the server (" + statusCode + " " + reason + ")");
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            lost(ws, rootMessage(error));
        }

    }
}
