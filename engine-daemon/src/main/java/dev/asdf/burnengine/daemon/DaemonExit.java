package dev.asdf.burnengine.daemon;

/** The daemon's exit codes (docs/operations.md); the systemd unit does not restart on 3, 4 and 7. */
enum DaemonExit {
    CLEAN(0),
    /** A bug: an unexpected exception; the log has the stack trace. */
    INTERNAL_ERROR(1),
    /** Another process holds the state directory's run lock. */
    LOCK_HELD(3),
    /** The configuration, a secret file or the state directory is unusable; the message names the key or path. */
    CONFIGURATION_ERROR(4),
    /** The chain could not be reached at start. */
    CHAIN_UNREACHABLE(5),
    /** The journal or the saved state failed an integrity check. */
    INTEGRITY_FAILURE(7);

    final int code;

    DaemonExit(int code) {
        this.code = code;
    }
}
