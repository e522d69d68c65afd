package dev.asdf.burnengine.cli;

import dev.asdf.burnengine.core.BurnEngine;
import dev.asdf.burnengine.core.port.RunLock;
import dev.asdf.burnengine.core.query.EngineView;
import dev.asdf.burnengine.persistence.FilePersistence;
import dev.asdf.burnengine.persistence.JournalCorruptException;
import dev.asdf.burnengine.persistence.SnapshotTooNewException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * The engine's state as saved in a state directory, read without the run lock and without the chain: safe while the
 * daemon runs, and exactly what the daemon would restore (the newest snapshot plus the journal after it).
 *
 * @param lockHolder who holds the run lock now (the daemon, a CLI cycle), if anyone
 */
record SavedState(Path root, EngineView view, Optional<RunLock.Held> lockHolder) {

    static SavedState read(CliSettings settings) {
        Clock clock = Clock.systemUTC();
        FilePersistence.ReadOnlyState files = FilePersistence.openReadOnly(settings.stateDir(), clock,
                new SimpleMeterRegistry());
        try {
            EngineView view = BurnEngine.inspect(files.stateStore(), files.journal(), settings.engine(), clock);
            return new SavedState(files.root(), view, files.runLock().holder());
        } catch (JournalCorruptException | SnapshotTooNewException e) {
            throw new CliFailure(ExitCode.INTEGRITY_FAILURE, e.getMessage(), e);
        } catch (IllegalStateException e) {
            throw new CliFailure(ExitCode.INTEGRITY_FAILURE, e.getMessage(), e);
        }
    }
}
