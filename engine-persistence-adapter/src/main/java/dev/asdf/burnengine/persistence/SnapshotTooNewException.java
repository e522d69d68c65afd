package dev.asdf.burnengine.persistence;

import java.nio.file.Path;

/**
 * A snapshot was written by a newer engine version than this one. Falling back to an older snapshot would replay a
 * journal this version may not understand, so the engine refuses instead.
 */
public final class SnapshotTooNewException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SnapshotTooNewException(Path file, int schema, int supported) {
        super("snapshot " + file + " has schema " + schema + " but this engine reads schemas up to " + supported
                + "; it was written by a newer version: run that version (or newer), or after a deliberate downgrade move"
                + " the state directory aside and restore a backup made by this version");
    }
}
