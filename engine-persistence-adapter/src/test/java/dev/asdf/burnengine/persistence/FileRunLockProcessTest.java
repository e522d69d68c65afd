package dev.asdf.burnengine.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asdf.burnengine.core.port.RunLock;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lock across real processes: another process sees the holder, and a killed holder leaves no lock behind. */
class FileRunLockProcessTest {
    @TempDir
    Path dir;

    @Test
    void aSecondProcessSeesTheHoldersPidAndCommandAndAKilledHolderLeavesNoLock() throws Exception {
        Process child = ChildJvm.start(LockHolderProcess.class, dir.toString());
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("ACQUIRED");

            RunLock.Attempt attempt = new FileRunLock(dir, Clock.systemUTC()).tryAcquire("engine-cli cycle");
            assertThat(attempt).isInstanceOfSatisfying(RunLock.Held.class, held -> {
                assertThat(held.pid()).isEqualTo(child.pid());
                assertThat(held.command()).isEqualTo("lock-holder --test");
                assertThat(held.describe()).contains("pid " + child.pid()).contains("started as 'lock-holder --test'");
            });
        } finally {
            child.destroyForcibly();
            child.waitFor(10, TimeUnit.SECONDS);
        }
        assertThat(Files.exists(dir.resolve(FileRunLock.FILE_NAME))).isTrue();
        RunLock.Attempt after = new FileRunLock(dir, Clock.systemUTC()).tryAcquire("engine-daemon");
        assertThat(after).isInstanceOf(RunLock.Acquired.class);
        ((RunLock.Acquired) after).handle().close();
    }
}
