package dev.asdf.burnengine.persistence;

import dev.asdf.burnengine.core.port.Journal;
import dev.asdf.burnengine.core.port.RunLock;
import dev.asdf.burnengine.core.port.StateStore;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * The persistence adapter's entry point: everything the engine keeps, in one checked state directory. Hand its
 * journal, state store and run lock to {@code BurnEngine.builder()}; the engine takes the lock before it reads or
 * repairs anything.
 */
public final class FilePersistence implements AutoCloseable {
    private final StateDirectory directory;
    private final FileJournal journal;
    private final FileStateStore stateStore;
    private final FileRunLock runLock;
    private final FileMetricHistory metricHistory;

    private FilePersistence(StateDirectory directory, PersistenceSettings settings, Clock clock, MeterRegistry meters) {
        this.directory = directory;
        this.journal = new FileJournal(directory.journal(), settings.journalFileMaxBytes(), settings.groupCommitInterval(),
                clock, meters);
        this.stateStore = new FileStateStore(directory.snapshots(), settings.snapshotsToKeep(), clock, meters,
                SnapshotMigrations.production());
        this.runLock = new FileRunLock(directory.root(), clock);
        this.metricHistory = new FileMetricHistory(directory.metrics(), settings.metricHistoryMaxCount(),
                settings.metricHistoryMaxAge(), clock);
    }

    /**
     * Checks (and on first use creates) the state directory. Reads nothing else yet.
     *
     * @throws StateDirectoryException naming the path, the problem and the fix
     */
    public static FilePersistence open(Path stateDirectory, PersistenceSettings settings, Clock clock, MeterRegistry meters) {
        return new FilePersistence(StateDirectory.open(stateDirectory), settings, clock, meters);
    }

    /**
     * The saved state of a directory another process may be running on (the daemon), for status commands: the
     * journal and the snapshots are read and verified, never repaired or written, and the run lock is not taken.
     *
     * @throws StateDirectoryException when the directory holds no engine state yet, naming it and the fix
     */
    public static ReadOnlyState openReadOnly(Path stateDirectory, Clock clock, MeterRegistry meters) {
        StateDirectory directory = StateDirectory.existing(stateDirectory);
        return new ReadOnlyState(directory.root(), FileJournal.readOnly(directory.journal(), clock, meters),
                FileStateStore.readOnly(directory.snapshots(), clock, meters), new FileRunLock(directory.root(), clock));
    }

    /** What {@link #openReadOnly} gives: read-only journal and snapshots, and the lock only to ask who holds it. */
    public record ReadOnlyState(Path root, Journal journal, StateStore stateStore, FileRunLock runLock) {
    }

    public Path root() {
        return directory.root();
    }

    public Journal journal() {
        return journal;
    }

    public StateStore stateStore() {
        return stateStore;
    }

    public RunLock runLock() {
        return runLock;
    }

    public FileMetricHistory metricHistory() {
        return metricHistory;
    }

    /** What the last snapshot load had to work around (damaged snapshots skipped), for start-up output. */
    public List<String> snapshotWarnings() {
        return stateStore.warnings();
    }

    /** Flushes and closes the journal. The run lock is released by whoever acquired it. */
    @Override
    public void close() {
        journal.close();
    }
}
