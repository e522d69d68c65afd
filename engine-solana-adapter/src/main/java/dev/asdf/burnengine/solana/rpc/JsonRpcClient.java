package dev.asdf.burnengine.solana.rpc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.micrometer.core.instrument.Gauge;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * JSON-RPC 2.0 over HTTP/1.1 to a list of endpoints: per-call timeouts, batching, per-endpoint Resilience4j retry
 * (transient failures only: timeouts, 429 with its {@code Retry-After}, 5xx, reset connections, garbled bodies, and
 * the "node is behind" answers) and circuit breaker, failover down the list, and every call counted by method,
 * endpoint and outcome.
 *
 * <p>A JSON-RPC error answer is the node's word and is returned to the caller ({@link RpcErrorResponse}), never
 * retried. When no endpoint answers, {@link RpcUnavailableException}.
 */
public final class JsonRpcClient implements AutoCloseable {
    /** JSON-RPC error codes that mean "this node cannot answer now", not "your request is wrong". */
    private static final Set<Integer> TRANSIENT_CODES = Set.of(-32005, -32016, -32429, 429, -32004, -32007);
    static final ObjectMapper JSON = new ObjectMapper();

    private final RpcSettings settings;
    private final HttpTransport transport;
    private final List<Endpoint> endpoints;
    private final RpcMetrics metrics;
    private final AtomicLong ids = new AtomicLong();

    private JsonRpcClient(RpcSettings settings, RpcMetrics metrics) {
        this.settings = settings;
        this.metrics = metrics;
        this.transport = new HttpTransport(settings.connectTimeout());
        List<Endpoint> list = new ArrayList<>();
        for (URI uri : settings.endpoints()) {
            Endpoint[] self = new Endpoint[1];
            self[0] = new Endpoint(list.size(), uri, settings, () -> metrics.retry(self[0].name));
            list.add(self[0]);
            Gauge.builder("burn_engine_rpc_endpoint_up", self[0],
                            e -> switch (e.breakerState()) {
                                case CLOSED -> 1.0;
                                case HALF_OPEN -> 0.5;
                                default -> 0.0;
                            })
                    .description("1 = circuit closed, 0.5 = half open, 0 = open").tag("endpoint", self[0].name)
                    .register(metrics.registry());
        }
        this.endpoints = List.copyOf(list);
    }

    public static JsonRpcClient create(RpcSettings settings, RpcMetrics metrics) {
        return new JsonRpcClient(settings, metrics);
    }

    public RpcSettings settings() {
        return settings;
    }

    RpcMetrics metrics() {
        return metrics;
    }

    java.net.http.HttpClient httpClient() {
        return transport.client();
    }

    /** One call; its result (JSON null included). */
    public JsonNode call(String method, Object... params) {
        return call(RpcRequest.of(method, params));
    }

    public JsonNode call(RpcRequest request) {
        ObjectNode body = envelope(request, ids.incrementAndGet());
        JsonNode answer = exchange(body.toString(), List.of(request.method()), false);
        return response(request.method(), answer).orThrow();
    }

    /**
     * Several calls in as few HTTP requests as {@code rpc.batchSize} allows; answers in request order, each a result
     * or that call's own error.
     */
    public List<RpcResponse> batch(List<RpcRequest> requests) {
        List<RpcResponse> out = new ArrayList<>(requests.size());
        for (int from = 0; from < requests.size(); from += settings.batchSize()) {
            List<RpcRequest> chunk = requests.subList(from, Math.min(requests.size(), from + settings.batchSize()));
            out.addAll(batchOnce(chunk));
        }
        return out;
    }

    private List<RpcResponse> batchOnce(List<RpcRequest> chunk) {
        if (chunk.size() == 1) {
            try {
                return List.of(new RpcResponse.Result(call(chunk.get(0))));
            } catch (RpcErrorResponse e) {
                return List.of(new RpcResponse.Error(e));
            }
        }
        ArrayNode body = JSON.createArrayNode();
        long first = ids.getAndAdd(chunk.size()) + 1;
        for (int i = 0; i < chunk.size(); i++) {
            body.add(envelope(chunk.get(i), first + i));
        }
        JsonNode answer = exchange(body.toString(), chunk.stream().map(RpcRequest::method).toList(), true);
        RpcResponse[] ordered = new RpcResponse[chunk.size()];
        for (JsonNode item : answer) {
            long index = item.path("id").asLong(-1) - first;
            if (index >= 0 && index < chunk.size()) {
                ordered[(int) index] = response(chunk.get((int) index).method(), item);
            }
        }
        List<RpcResponse> out = new ArrayList<>(chunk.size());
        for (int i = 0; i < chunk.size(); i++) {
            out.add(ordered[i] != null ? ordered[i] : new RpcResponse.Error(new RpcErrorResponse(chunk.get(i).method(),
                    "the batch", -32603, "the batch answer has no item with id " + (first + i), null)));
        }
        return out;
    }

    /** Scheme, host and port of {@code uri}, path and query elided: they often carry an API key, never logged. */
    public static String redact(URI uri) {
        return Endpoint.redact(uri);
    }

    /** Each endpoint's state, in configured order. */
    public List<EndpointStatus> endpoints() {
        return endpoints.stream().map(Endpoint::status).toList();
    }

    private ObjectNode envelope(RpcRequest request, long id) {
        ObjectNode node = JSON.createObjectNode();
        node.put("jsonrpc", "2.0");
        node.put("id", id);
        node.put("method", request.method());
        node.set("params", JSON.valueToTree(request.params()));
        return node;
    }

    private RpcResponse response(String method, JsonNode item) {
        JsonNode error = item.get("error");
        if (error != null && !error.isNull()) {
            return new RpcResponse.Error(new RpcErrorResponse(method, "the node", error.path("code").asInt(),
                    error.path("message").asText(), error.get("data")));
        }
        return new RpcResponse.Result(item.has("result") ? item.get("result") : JSON.nullNode());
    }

    /** Sends one body, trying endpoints (closed breakers first) until one gives a well-formed answer. */
    private JsonNode exchange(String body, List<String> methods, boolean expectArray) {
        List<Endpoint> order = new ArrayList<>(endpoints);
        order.sort(Comparator.comparing(Endpoint::open));
        List<String> failures = new ArrayList<>();
        RuntimeException last = null;
        for (Endpoint endpoint : order) {
            try {
                JsonNode answer = endpoint.call(() -> attempt(endpoint, body, expectArray));
                methods.forEach(m -> metrics.call(m, endpoint.name, "ok"));
                return answer;
            } catch (TransientRpcFailure | EndpointRejected | CallNotPermittedException e) {
                last = e;
                failures.add(endpoint.name + ": " + (e instanceof CallNotPermittedException
                        ? "circuit breaker open after repeated failures" : e.getMessage()));
                methods.forEach(m -> metrics.call(m, endpoint.name, "failed"));
                metrics.failover(endpoint.name);
            }
        }
        throw new RpcUnavailableException("no RPC endpoint answered " + summary(methods) + ": "
                + String.join("; ", failures) + ". Check rpc.endpoints, the provider's status and its rate limits", last);
    }

    private JsonNode attempt(Endpoint endpoint, String body, boolean expectArray) {
        long started = System.nanoTime();
        boolean ok = false;
        try {
            String text = transport.post(endpoint.uri, endpoint.name, body, settings.requestTimeout());
            JsonNode answer;
            try {
                answer = JSON.readTree(text);
            } catch (JsonProcessingException e) {
                throw new TransientRpcFailure(endpoint.name + " sent a body that is not JSON (" + abbreviate(text) + ")",
                        null, e);
            }
            if (answer == null || (expectArray ? !answer.isArray() && !answer.has("error") : !answer.isObject())) {
                throw new TransientRpcFailure(endpoint.name + " sent a JSON answer of the wrong shape ("
                        + abbreviate(text) + ")", null, null);
            }
            if (expectArray && answer.isObject()) {
                throw new TransientRpcFailure(endpoint.name + " refused the whole batch: " + abbreviate(text), null, null);
            }
            for (JsonNode item : expectArray ? answer : List.of(answer)) {
                int code = item.path("error").path("code").asInt(0);
                if (TRANSIENT_CODES.contains(code)) {
                    throw new TransientRpcFailure(endpoint.name + " cannot answer now: error " + code + " "
                            + item.path("error").path("message").asText(), null, null);
                }
            }
            ok = true;
            return answer;
        } finally {
            metrics.exchange(endpoint.name, Duration.ofNanos(System.nanoTime() - started), ok);
        }
    }

    private static String summary(List<String> methods) {
        return methods.size() == 1 ? methods.get(0) : "a batch of " + methods.size() + " calls (" + methods.get(0) + ", ...)";
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }

    @Override
    public void close() {
        transport.close();
    }
}
