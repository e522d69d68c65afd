package dev.asdf.burnengine.persistence;

import java.nio.file.Path;

/**
 * The journal's chain is broken before its last line: an edited, missing or reordered entry. The engine refuses to
 * start on it, because it can no longer prove what it did.
 */
public final class JournalCorruptException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final long line;

    JournalCorruptException(Path file, long line, String problem) {
        super("the journal is broken at " + file + " line " + line + ": " + problem
                + "; the engine will not start on a broken journal. Run `engine-cli journal verify --state-dir <dir>`"
                + " for the full report, then restore the journal directory from a backup");
        this.file = file;
        this.line = line;
    }

    public Path file() {
        return file;
    }

    /** 1-based line number in {@link #file()}. */
    public long line() {
        return line;
    }
}
