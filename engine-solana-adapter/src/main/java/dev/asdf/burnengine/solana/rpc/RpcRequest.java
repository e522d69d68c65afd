package dev.asdf.burnengine.solana.rpc;

import java.util.List;
import java.util.Objects;

/** One JSON-RPC call: a method and its positional parameters (any Jackson-serializable values). */
public record RpcRequest(String method, List<Object> params) {
    public RpcRequest {
        Objects.requireNonNull(method, "method");
        params = List.copyOf(params);
    }

    public static RpcRequest of(String method, Object... params) {
        return new RpcRequest(method, List.of(params));
    }
}
