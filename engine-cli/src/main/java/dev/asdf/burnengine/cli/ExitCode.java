package dev.asdf.burnengine.cli;

/**
 * The CLI's exit codes, stable for cron and scripts (docs/cli.md lists them).
 */
enum ExitCode {
    OK(0),
    /** A bug: an unexpected exception. The message and the log say what happened. */
    INTERNAL_ERROR(1),
    NOTHING_TO_DO(2),
    LOCK_HELD(3),
    /** Bad usage, bad configuration, bad input file or argument. */
    CONFIGURATION_ERROR(4),
    CHAIN_UNREACHABLE(5),
    PARTIAL_FAILURE(6),
    /** The journal or the saved state failed an integrity check. */
    INTEGRITY_FAILURE(7);

    final int code;

    ExitCode(int code) {
        this.code = code;
    }
}
