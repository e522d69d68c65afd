package dev.asdf.burnengine.daemon;

/** A reason the daemon cannot start, with the exit code it ends with and the line it prints. */
final class FatalStart extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient DaemonExit exit;

    FatalStart(DaemonExit exit, String message) {
        super(message);
        this.exit = exit;
    }

    FatalStart(DaemonExit exit, String message, Throwable cause) {
        super(message, cause);
        this.exit = exit;
    }
}
