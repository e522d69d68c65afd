package dev.asdf.burnengine.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.asdf.burnengine.core.journal.JournalEntry;
import dev.asdf.burnengine.core.port.StateStore;
import dev.asdf.burnengine.core.state.EngineState;
import dev.asdf.burnengine.core.testkit.Samples;
import dev.asdf.burnengine.core.testkit.TestData;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A full disk and a read-only file system give a clear error and leave the last good state intact. */
class DiskFaultTest {
    @TempDir
    Path tmp;

    private static JournalEntry credit(int n) {
        return new JournalEntry.FeeCredited(TestData.fee(n, 0, Samples.ROOT, 1_000 + n, 10 + n));
    }

    @Test
    void aShortWriteOnAFullDiskRecordsNothingAndLeavesNoPartialLine() throws Exception {
        FailingChannel[] channel = new FailingChannel[1];
        FileJournal journal = new FileJournal(tmp, 1 << 20, Duration.ofSeconds(1), Clock.systemUTC(), new SimpleMeterRegistry(),
                (file, options) -> channel[0] = new FailingChannel(FileChannel.open(file, options)));
        journal.append(Samples.T0, credit(1));
        journal.append(Samples.T0, credit(2));
        channel[0].full = true;
        assertThatThrownBy(() -> journal.append(Samples.T0, credit(3)))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("No space left on device")
                .hasMessageContaining("nothing was recorded")
                .hasMessageContaining("Free disk space");
        assertThat(journal.lastSeq()).isEqualTo(2);
        channel[0].full = false;
        assertThat(journal.append(Samples.T0, credit(4))).isEqualTo(3);
        journal.close();
        JournalScan.Result scan = JournalScan.scan(tmp);
        assertThat(scan.lastSeq()).isEqualTo(3);
        assertThat(scan.torn()).isNull();
    }

    @Test
    void aRealFullFileSystemKeepsTheJournalAndTheLastSnapshot() throws Exception {
        try (TmpfsMount disk = TmpfsMount.tryMount(tmp.resolve("small"), 256)) {
            assumeTrue(disk != null, "this test mounts a 256 KiB tmpfs, which needs root; the injected full-disk test covers the logic");
            FilePersistence files = FilePersistence.open(disk.path.resolve("state"), PersistenceSettings.defaults(),
                    Clock.systemUTC(), new SimpleMeterRegistry());
            StateStore snapshots = files.stateStore();
            snapshots.save(Samples.engineState());
            long appended = 0;
            UncheckedIOException failure = null;
            try {
                for (int i = 1; i < 100_000; i++) {
                    files.journal().append(Samples.T0, credit(i));
                    appended++;
                }
            } catch (UncheckedIOException e) {
                failure = e;
            }
            assertThat(failure).isNotNull();
            assertThat(failure.getMessage()).contains("No space left on device").contains("Free disk space");
            assertThatThrownBy(() -> snapshots.save(EngineState.initial("x")))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("the previous snapshot and the journal are intact");
            files.close();
            assertThat(JournalScan.scan(disk.path.resolve("state").resolve("journal")).lastSeq()).isEqualTo(appended);
            assertThat(FilePersistence.open(disk.path.resolve("state"), PersistenceSettings.defaults(), Clock.systemUTC(),
                    new SimpleMeterRegistry()).stateStore().load()).contains(Samples.engineState());
        }
    }

    @Test
    void aReadOnlyFileSystemGivesAClearErrorAndKeepsWhatWasThere() throws Exception {
        try (TmpfsMount disk = TmpfsMount.tryMount(tmp.resolve("ro"), 1024)) {
            assumeTrue(disk != null, "this test mounts a tmpfs and remounts it read-only, which needs root");
            Path state = disk.path.resolve("state");
            FilePersistence files = FilePersistence.open(state, PersistenceSettings.defaults(), Clock.systemUTC(),
                    new SimpleMeterRegistry());
            files.journal().append(Samples.T0, credit(1));
            files.stateStore().save(Samples.engineState());
            files.close();
            disk.remountReadOnly();
            FilePersistence readOnly = FilePersistence.open(state, PersistenceSettings.defaults(), Clock.systemUTC(),
                    new SimpleMeterRegistry());
            assertThatThrownBy(() -> readOnly.journal().append(Samples.T0, credit(2)))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("Read-only file system");
            assertThatThrownBy(() -> readOnly.stateStore().save(EngineState.initial("x")))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("Read-only file system");
            assertThat(readOnly.stateStore().load()).contains(Samples.engineState());
            assertThat(JournalVerification.of(state).entries()).isEqualTo(1);
            assertThat(Files.exists(state.resolve("journal").resolve("journal-000001.jsonl"))).isTrue();
        }
    }
}
