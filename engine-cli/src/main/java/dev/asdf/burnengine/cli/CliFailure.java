package dev.asdf.burnengine.cli;

/**
 * An expected way for a command to fail (the lock is held, the chain is unreachable, an input is wrong): the exit
 * code and the one message the operator needs. Unexpected exceptions are bugs and exit 1.
 */
final class CliFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final transient ExitCode exit;

    CliFailure(ExitCode exit, String message) {
        super(message);
        this.exit = exit;
    }

    CliFailure(ExitCode exit, String message, Throwable cause) {
        super(message, cause);
        this.exit = exit;
    }
}
