package dev.asdf.burnengine.persistence;

/** The state directory cannot be used as it is; the message names the path and the fix. */
public final class StateDirectoryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StateDirectoryException(String message) {
        super(message);
    }

    StateDirectoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
