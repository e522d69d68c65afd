package dev.asdf.burnengine.solana.jito;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.solana.rpc.EndpointStatus;
import dev.asdf.burnengine.solana.rpc.JsonRpcClient;
import dev.asdf.burnengine.solana.rpc.RpcErrorResponse;
import dev.asdf.burnengine.solana.rpc.RpcMetrics;
import dev.asdf.burnengine.solana.rpc.RpcSettings;
import dev.asdf.burnengine.solana.rpc.RpcUnavailableException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * A Jito block engine's bundle JSON-RPC ({@code direct.jitoUrl}), on the same {@link JsonRpcClient} as the RPC
 * endpoints so it gets their timeouts, retry, circuit breaker and per-method metrics.
 */
public final class JitoBlockEngine implements AutoCloseable {
    private final JsonRpcClient client;
    private final URI url;

    private JitoBlockEngine(JsonRpcClient client, URI url) {
        this.client = client;
        this.url = url;
    }

    /** @param rpc whose timeouts, retry and breaker settings the block engine's client copies */
    public static JitoBlockEngine create(RpcSettings rpc, URI url, RpcMetrics metrics) {
        return new JitoBlockEngine(JsonRpcClient.create(rpc.withEndpoints(List.of(url), List.of()), metrics), url);
    }

    /** The block engine's endpoint state (circuit breaker, calls, failures), for the health report. */
    public List<EndpointStatus> endpoints() {
        return client.endpoints();
    }

    /**
     * The block engine's scheme, host and port, for messages and logs: like the RPC endpoints' names, its path and
     * query are elided because they may carry an access key.
     */
    public String name() {
        return JsonRpcClient.redact(url);
    }

    /** {@code getTipAccounts}: the accounts a bundle's tip may be paid to. */
    List<Address> tipAccounts() {
        JsonNode result = client.call("getTipAccounts");
        List<Address> out = new ArrayList<>();
        for (JsonNode item : result) {
            out.add(Address.parse(item.asText()));
        }
        return out;
    }

    /**
     * {@code sendBundle} of exactly one transaction; its bundle id.
     *
     * @throws RpcErrorResponse when the block engine refuses the bundle
     * @throws RpcUnavailableException when it cannot be reached
     */
    String sendBundle(byte[] wire) {
        return client.call("sendBundle", List.of(Base64.getEncoder().encodeToString(wire)),
                Map.of("encoding", "base64")).asText();
    }

    /** {@code getInflightBundleStatuses} of one bundle ({@link BundleState#UNKNOWN} when not answered). */
    BundleState inflightState(String bundleId) {
        JsonNode value = client.call("getInflightBundleStatuses", List.of(bundleId)).path("value");
        for (JsonNode item : value) {
            if (bundleId.equals(item.path("bundle_id").asText())) {
                return BundleState.parse(item.path("status").asText());
            }
        }
        return BundleState.UNKNOWN;
    }

    @Override
    public void close() {
        client.close();
    }
}
