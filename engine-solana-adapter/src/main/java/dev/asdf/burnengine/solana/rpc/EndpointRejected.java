package dev.asdf.burnengine.solana.rpc;

/** The endpoint refused the request for good (HTTP 401, 403, 404...): not retried, the next endpoint is tried. */
final class EndpointRejected extends RuntimeException {
    private static final long serialVersionUID = 1L;

    EndpointRejected(String message) {
        super(message);
    }
}
