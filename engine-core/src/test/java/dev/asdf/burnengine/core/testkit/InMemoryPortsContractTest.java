package dev.asdf.burnengine.core.testkit;

import dev.asdf.burnengine.core.port.Journal;
import dev.asdf.burnengine.core.port.RunLock;
import dev.asdf.burnengine.core.port.StateStore;
import java.time.Clock;
import org.junit.jupiter.api.Nested;

/** The in-memory ports pass the same contracts as the real adapters, so tests built on them mean something. */
class InMemoryPortsContractTest {

    @Nested
    class Journals extends JournalContract {
        @Override
        protected Journal newJournal() {
            return new InMemoryJournal();
        }

        @Override
        protected Journal reopen(Journal journal) {
            return journal;
        }
    }

    @Nested
    class StateStores extends StateStoreContract {
        @Override
        protected StateStore newStore() {
            return new InMemoryStateStore();
        }

        @Override
        protected StateStore reopen(StateStore store) {
            return store;
        }
    }

    @Nested
    class RunLocks extends RunLockContract {
        @Override
        protected RunLock[] twoLocksOnOneDirectory() {
            InMemoryRunLock lock = new InMemoryRunLock(Clock.systemUTC());
            return new RunLock[] {lock, lock};
        }
    }
}
