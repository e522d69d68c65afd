package dev.asdf.burnengine.solana.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/** The answer to one call of a batch: its result, or the error the node gave for that call alone. */
public sealed interface RpcResponse {
    record Result(JsonNode value) implements RpcResponse {
        public Result {
            Objects.requireNonNull(value, "value");
        }
    }

    record Error(RpcErrorResponse error) implements RpcResponse {
        public Error {
            Objects.requireNonNull(error, "error");
        }
    }

    /** The result, or throws the call's error. */
    default JsonNode orThrow() {
        if (this instanceof Error e) {
            throw e.error();
        }
        return ((Result) this).value();
    }
}
