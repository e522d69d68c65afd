package dev.asdf.burnengine.solana.codec;

/**
 * Bytes that are not what they claim to be: too short, a wrong discriminator, a bad tag or length.
 *
 * <p>The only exception any decoder of this module throws for bad input. Public because callers (the RPC client,
 * the CLI) catch it to report which account or transaction is malformed; the message names the input, the offset
 * and what to do.
 */
public final class DecodingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DecodingException(String message) {
        super(message);
    }

    public DecodingException(String message, Throwable cause) {
        super(message, cause);
    }
}
