package dev.asdf.burnengine.persistence;

import dev.asdf.burnengine.core.port.Journal;
import dev.asdf.burnengine.core.port.StateStore;
import dev.asdf.burnengine.core.testkit.JournalContract;
import dev.asdf.burnengine.core.testkit.StateStoreContract;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;

/** The file stores pass the same contracts as the in-memory ones the core is tested with. */
class FilePortsContractTest {

    @Nested
    class Journals extends JournalContract {
        @TempDir
        Path dir;

        @Override
        protected Journal newJournal() {
            return new FileJournal(dir, 1 << 20, Duration.ofMillis(50), Clock.systemUTC(), new SimpleMeterRegistry());
        }

        @Override
        protected Journal reopen(Journal journal) {
            ((FileJournal) journal).close();
            return newJournal();
        }
    }

    @Nested
    class StateStores extends StateStoreContract {
        @TempDir
        Path dir;

        @Override
        protected StateStore newStore() {
            return new FileStateStore(dir, 3, Clock.systemUTC(), new SimpleMeterRegistry(), SnapshotMigrations.production());
        }

        @Override
        protected StateStore reopen(StateStore store) {
            return newStore();
        }
    }
}
