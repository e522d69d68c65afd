package dev.asdf.burnengine.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asdf.burnengine.core.BurnEngine;
import dev.asdf.burnengine.core.EngineSettings;
import dev.asdf.burnengine.core.StartResult;
import dev.asdf.burnengine.core.cycle.CycleReport;
import dev.asdf.burnengine.core.port.RunLock;
import dev.asdf.burnengine.core.query.EngineView;
import dev.asdf.burnengine.core.testkit.FakeChain;
import dev.asdf.burnengine.core.testkit.MutableClock;
import dev.asdf.burnengine.core.testkit.TestData;
import dev.asdf.burnengine.core.token.Token;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole engine on real files: what one run records, the next run finds. */
class FileBackedEngineTest {
    private static final Token ROOT = TestData.root(100, "ROOT");
    private static final Token A = TestData.secondary(1, "A");

    @TempDir
    Path stateDir;
    final MutableClock clock = MutableClock.at("2026-11-28T12:00:00Z");
    final FakeChain chain = new FakeChain(clock).withToken(ROOT).withToken(A);

    private FilePersistence persistence() {
        return FilePersistence.open(stateDir, PersistenceSettings.defaults(), clock, new SimpleMeterRegistry());
    }

    private BurnEngine engine(FilePersistence files) {
        return engine(files, files.runLock());
    }

    private BurnEngine engine(FilePersistence files, RunLock lock) {
        return BurnEngine.builder().feeSource(chain).chainState(chain).cycleExecutor(chain).tokenDirectory(chain)
                .journal(files.journal()).stateStore(files.stateStore()).runLock(lock).clock(clock)
                .settings(EngineSettings.defaults("creator=test;cluster=fake")).build();
    }

    /** Lets a test release the lock as the operating system does when a process dies, without a clean stop. */
    private static final class DyingProcessLock implements RunLock {
        private final RunLock delegate;
        private Handle handle;

        DyingProcessLock(RunLock delegate) {
            this.delegate = delegate;
        }

        @Override
        public Attempt tryAcquire(String command) {
            Attempt attempt = delegate.tryAcquire(command);
            if (attempt instanceof Acquired acquired) {
                handle = acquired.handle();
            }
            return attempt;
        }

        void die() {
            handle.close();
        }
    }

    @Test
    void aRestartFindsTheLedgerBurnsAndEmergencyStopOfTheLastRun() {
        EngineView before;
        try (FilePersistence files = persistence()) {
            BurnEngine engine = engine(files);
            assertThat(engine.start("test")).isInstanceOf(StartResult.Started.class);
            chain.trade(ROOT, 50_000_000);
            chain.trade(A, 300_000_000);
            engine.trackFees();
            assertThat(engine.runCycle().status()).isEqualTo(CycleReport.Status.COMPLETED);
            chain.trade(A, 7_000);
            engine.trackFees();
            engine.engageEmergencyStop("maintenance", "admin");
            before = engine.view();
            engine.stop("test over");
        }
        try (FilePersistence files = persistence()) {
            BurnEngine engine = engine(files);
            engine.start("test again");
            EngineView after = engine.view();
            assertThat(after.tokens()).isEqualTo(before.tokens());
            assertThat(after.recentBurns()).isEqualTo(before.recentBurns());
            assertThat(after.emergencyStop().engaged()).isTrue();
            engine.stop("done");
        }
    }

    @Test
    void entriesAfterTheLastSnapshotAreReplayedFromTheJournal() {
        try (FilePersistence files = persistence()) {
            DyingProcessLock lock = new DyingProcessLock(files.runLock());
            BurnEngine engine = engine(files, lock);
            engine.start("test");
            engine.saveSnapshot();
            chain.trade(A, 123_456);
            engine.trackFees();
            files.journal().flush();
            lock.die();
        }
        // the first run never stopped and wrote no snapshot after the credit: as if it crashed
        try (FilePersistence files = persistence()) {
            BurnEngine engine = engine(files);
            StartResult result = engine.start("after crash");
            assertThat(result).isInstanceOfSatisfying(StartResult.Started.class, s -> assertThat(s.replayed()).isPositive());
            assertThat(engine.view().token(A.mint()).orElseThrow().fees().pending()).isEqualTo(123_456);
            engine.stop("done");
        }
    }

    @Test
    void anEditedJournalStopsTheEngineFromStarting() throws Exception {
        try (FilePersistence files = persistence()) {
            BurnEngine engine = engine(files);
            engine.start("test");
            chain.trade(A, 1_000);
            engine.trackFees();
            engine.stop("done");
        }
        Path journal = stateDir.resolve("journal").resolve("journal-000001.jsonl");
        List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
        int credit = 0;
        while (!lines.get(credit).contains("\"FeeCredited\"")) {
            credit++;
        }
        lines.set(credit, lines.get(credit).replace("\"amount\":1000", "\"amount\":1000000000"));
        Files.writeString(journal, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        try (FilePersistence files = persistence()) {
            BurnEngine engine = engine(files);
            assertThatThrownBy(() -> engine.start("test"))
                    .isInstanceOf(JournalCorruptException.class)
                    .hasMessageContaining("line " + (credit + 1));
            assertThat(engine.isStarted()).isFalse();
        }
    }

    @Test
    void aSecondEngineOnTheSameStateDirectoryLearnsWhoHoldsIt() {
        try (FilePersistence first = persistence(); FilePersistence second = persistence()) {
            BurnEngine running = engine(first);
            running.start("engine-daemon --state-dir x");
            StartResult refused = engine(second).start("engine-cli cycle");
            assertThat(refused).isInstanceOfSatisfying(StartResult.LockHeld.class,
                    held -> assertThat(held.holder().describe()).contains("engine-daemon --state-dir x"));
            running.stop("done");
        }
    }

    @Test
    void cyclesAcrossManyRestartsKeepTheLedgerConserved() {
        for (int run = 0; run < 5; run++) {
            try (FilePersistence files = persistence()) {
                BurnEngine engine = engine(files);
                engine.start("run " + run);
                chain.trade(A, 150_000_000L + run);
                chain.trade(ROOT, 1_000_000);
                engine.trackFees();
                clock.advance(Duration.ofMinutes(5));
                engine.runCycle();
                assertThat(engine.view().totals().isConserved()).isTrue();
                engine.stop("run over");
            }
        }
        try (FilePersistence files = persistence()) {
            BurnEngine engine = engine(files);
            engine.start("final");
            assertThat(engine.view().totals().credited()).isEqualTo(chain.totalFeesPaid());
            assertThat(engine.view().totals().pending()).isEqualTo(chain.curveVault() + chain.authority());
            engine.stop("done");
        }
    }
}
