package dev.asdf.burnengine.solana.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

/**
 * The node answered a call with a JSON-RPC error object (a bad parameter, a failed preflight, an unknown method).
 * Not retried: asking again gets the same answer. Public because callers decide on {@link #code()}.
 */
public final class RpcErrorResponse extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int code;
    private final transient JsonNode data;

    public RpcErrorResponse(String method, String endpoint, int code, String message, JsonNode data) {
        super(method + " on " + endpoint + " answered error " + code + ": " + message);
        this.code = code;
        this.data = data == null ? NullNode.getInstance() : data;
    }

    public int code() {
        return code;
    }

    /** The error's {@code data} member (for a failed preflight: {@code err}, {@code logs}, ...), or JSON null. */
    public JsonNode data() {
        return data;
    }
}
