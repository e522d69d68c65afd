package dev.asdf.burnengine.solana.rpc;

import dev.asdf.burnengine.core.port.ChainUnavailableException;

/**
 * No endpoint could answer a call: every one timed out, refused, rate-limited or has its circuit breaker open after
 * the retries. The core treats it as {@link ChainUnavailableException}.
 */
public final class RpcUnavailableException extends ChainUnavailableException {
    private static final long serialVersionUID = 1L;

    public RpcUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
