package dev.asdf.burnengine.persistence;

import dev.asdf.burnengine.core.port.RunLock;
import dev.asdf.burnengine.core.testkit.RunLockContract;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.io.TempDir;

class FileRunLockContractTest extends RunLockContract {
    @TempDir
    Path dir;

    @Override
    protected RunLock[] twoLocksOnOneDirectory() {
        return new RunLock[] {new FileRunLock(dir, Clock.systemUTC()), new FileRunLock(dir, Clock.systemUTC())};
    }
}
