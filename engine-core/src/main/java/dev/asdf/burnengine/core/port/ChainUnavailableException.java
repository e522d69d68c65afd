package dev.asdf.burnengine.core.port;

/** The chain could not be reached or answered nonsense; the engine skips the cycle and reports it. */
public class ChainUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ChainUnavailableException(String message) {
        super(message);
    }

    public ChainUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
