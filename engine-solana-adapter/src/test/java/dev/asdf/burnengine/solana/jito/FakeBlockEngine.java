package dev.asdf.burnengine.solana.jito;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.chain.TxSignature;
import dev.asdf.burnengine.solana.message.Transaction;
import dev.asdf.burnengine.solana.rpc.LiteSvmPeer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Jito block engine on 127.0.0.1 for tests: {@code getTipAccounts} answers the given accounts, {@code sendBundle}
 * decodes the bundle's one transaction and hands it to the LiteSVM facade with {@code sendTransaction} (where it lands
 * or is dropped like on a leader), every bundle is recorded, and {@code getInflightBundleStatuses} /
 * {@code getBundleStatuses} answer from that record. Faults: refuse the first N bundles (or all), report the first N
 * as {@code Failed} without forwarding them, answer {@code getTipAccounts} with an error.
 */
public final class FakeBlockEngine implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;
    private final LiteSvmPeer peer;
    private final List<Address> tipAccounts;
    private final List<Bundle> bundles = new ArrayList<>();
    private final AtomicInteger refuse = new AtomicInteger();
    private final AtomicInteger fail = new AtomicInteger();
    private final AtomicInteger sendCalls = new AtomicInteger();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private volatile boolean tipAccountsDown;
    private volatile boolean reportInvalid;
    private volatile Runnable afterEachSend = () -> { };

    /** A bundle as the fake saw it: its id ({@code null} when refused), its transaction and what became of it. */
    public record Bundle(String id, TxSignature signature, String state) {}

    private FakeBlockEngine(HttpServer server, LiteSvmPeer peer, List<Address> tipAccounts) {
        this.server = server;
        this.peer = peer;
        this.tipAccounts = List.copyOf(tipAccounts);
    }

    public static FakeBlockEngine start(LiteSvmPeer peer, List<Address> tipAccounts) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            FakeBlockEngine engine = new FakeBlockEngine(server, peer, tipAccounts);
            server.createContext("/api/v1/bundles", engine::handle);
            server.start();
            return engine;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1/bundles");
    }

    /** The next {@code n} bundles are refused with a JSON-RPC error and not forwarded. */
    public void refuseNext(int n) {
        refuse.set(n);
    }

    /** The next {@code n} bundles are accepted, not forwarded, and reported {@code Failed}. */
    public void failNext(int n) {
        fail.set(n);
    }

    /** Whether every bundle's in-flight state is {@code Invalid} (as for a bundle the engine has not registered yet). */
    public void reportInvalid(boolean invalid) {
        reportInvalid = invalid;
    }

    /** Whether {@code getTipAccounts} answers an error. */
    public void tipAccountsDown(boolean down) {
        tipAccountsDown = down;
    }

    /** How many times {@code method} was called. */
    public int calls(String method) {
        return calls.getOrDefault(method, new AtomicInteger()).get();
    }

    /** Runs after every {@code sendBundle} call, refused or not (e.g. to expire the blockhash). */
    public void afterEachSend(Runnable action) {
        afterEachSend = action;
    }

    public synchronized List<Bundle> bundles() {
        return List.copyOf(bundles);
    }

    /** The bundles handed to the facade with {@code sendTransaction}. */
    public synchronized List<Bundle> forwarded() {
        return bundles.stream().filter(b -> "Landed".equals(b.state())).toList();
    }

    public int sendBundleCalls() {
        return sendCalls.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        JsonNode request = JSON.readTree(exchange.getRequestBody().readAllBytes());
        ObjectNode answer = JSON.createObjectNode().put("jsonrpc", "2.0");
        answer.set("id", request.path("id"));
        JsonNode params = request.path("params");
        calls.computeIfAbsent(request.path("method").asText(), m -> new AtomicInteger()).incrementAndGet();
        try {
            answer.set("result", switch (request.path("method").asText()) {
                case "getTipAccounts" -> tipAccounts();
                case "sendBundle" -> sendBundle(params.path(0));
                case "getInflightBundleStatuses" -> inflight(params.path(0));
                case "getBundleStatuses" -> statuses(params.path(0));
                default -> throw new Refusal(-32601, "Method not found");
            });
        } catch (Refusal r) {
            answer.set("error", JSON.createObjectNode().put("code", r.code).put("message", r.getMessage()));
        }
        byte[] body = answer.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private JsonNode tipAccounts() {
        if (tipAccountsDown) {
            throw new Refusal(-32603, "internal error: tip accounts unavailable");
        }
        ArrayNode out = JSON.createArrayNode();
        tipAccounts.forEach(a -> out.add(a.toString()));
        return out;
    }

    private JsonNode sendBundle(JsonNode txs) {
        sendCalls.incrementAndGet();
        try {
            if (txs.size() != 1) {
                throw new Refusal(-32602, "the engine sends bundles of exactly one transaction, got " + txs.size());
            }
            byte[] wire = Base64.getDecoder().decode(txs.get(0).asText());
            TxSignature signature = Transaction.decode(wire).signature();
            if (refuse.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                record(new Bundle(null, signature, "Refused"));
                throw new Refusal(-32602, "bundle refused: simulated block engine refusal");
            }
            String id = UUID.randomUUID().toString().replace("-", "");
            if (fail.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                record(new Bundle(id, signature, "Failed"));
                return JSON.getNodeFactory().textNode(id);
            }
            peer.control("sendTransaction", txs.get(0).asText(), Map.of("encoding", "base64", "skipPreflight", true,
                    "maxRetries", 0));
            record(new Bundle(id, signature, "Landed"));
            return JSON.getNodeFactory().textNode(id);
        } finally {
            afterEachSend.run();
        }
    }

    private JsonNode inflight(JsonNode ids) {
        ArrayNode value = JSON.createArrayNode();
        for (JsonNode id : ids) {
            Bundle b = find(id.asText());
            ObjectNode item = value.addObject().put("bundle_id", id.asText());
            item.put("status", b == null || reportInvalid ? "Invalid" : b.state());
            item.putNull("landed_slot");
        }
        return context(value);
    }

    private JsonNode statuses(JsonNode ids) {
        ArrayNode value = JSON.createArrayNode();
        for (JsonNode id : ids) {
            Bundle b = find(id.asText());
            if (b == null || !"Landed".equals(b.state())) {
                value.addNull();
                continue;
            }
            ObjectNode item = value.addObject().put("bundle_id", b.id());
            item.putArray("transactions").add(b.signature().toString());
            item.put("slot", 0).put("confirmation_status", "confirmed");
            item.putObject("err").putNull("Ok");
        }
        return context(value);
    }

    private static JsonNode context(ArrayNode value) {
        ObjectNode out = JSON.createObjectNode();
        out.putObject("context").put("slot", 0);
        out.set("value", value);
        return out;
    }

    private synchronized Bundle find(String id) {
        return bundles.stream().filter(b -> id.equals(b.id())).findFirst().orElse(null);
    }

    private synchronized void record(Bundle bundle) {
        bundles.add(bundle);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static final class Refusal extends RuntimeException {
        private final int code;

        Refusal(int code, String message) {
            super(message);
            this.code = code;
        }
    }
}
