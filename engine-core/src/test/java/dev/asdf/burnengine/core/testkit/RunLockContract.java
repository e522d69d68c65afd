package dev.asdf.burnengine.core.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asdf.burnengine.core.port.RunLock;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RunLock} must do within one process. Subclass it with the lock under test; cross-process
 * behaviour is the adapter's own test.
 */
public abstract class RunLockContract {

    /** Two lock objects guarding the same state directory. */
    protected abstract RunLock[] twoLocksOnOneDirectory() throws Exception;

    @Test
    void theFirstCallerGetsTheLock() throws Exception {
        RunLock lock = twoLocksOnOneDirectory()[0];
        RunLock.Attempt attempt = lock.tryAcquire("engine-cli cycle");
        assertThat(attempt).isInstanceOf(RunLock.Acquired.class);
        ((RunLock.Acquired) attempt).handle().close();
    }

    @Test
    void aSecondCallerLearnsWhoHoldsIt() throws Exception {
        RunLock[] locks = twoLocksOnOneDirectory();
        RunLock.Acquired first = (RunLock.Acquired) locks[0].tryAcquire("engine-daemon");
        try {
            RunLock.Attempt second = locks[1].tryAcquire("engine-cli cycle");
            assertThat(second).isInstanceOf(RunLock.Held.class);
            RunLock.Held held = (RunLock.Held) second;
            assertThat(held.command()).isEqualTo("engine-daemon");
            assertThat(held.pid()).isEqualTo(ProcessHandle.current().pid());
            assertThat(held.describe()).contains("pid " + held.pid()).contains("engine-daemon");
        } finally {
            first.handle().close();
        }
    }

    @Test
    void closingTheHandleReleasesTheLock() throws Exception {
        RunLock[] locks = twoLocksOnOneDirectory();
        ((RunLock.Acquired) locks[0].tryAcquire("first")).handle().close();
        RunLock.Attempt again = locks[1].tryAcquire("second");
        assertThat(again).isInstanceOf(RunLock.Acquired.class);
        ((RunLock.Acquired) again).handle().close();
    }
}
