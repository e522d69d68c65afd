package dev.asdf.burnengine.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asdf.burnengine.core.journal.JournalEntry;
import dev.asdf.burnengine.core.state.EngineState;
import dev.asdf.burnengine.core.testkit.EngineHarness;
import dev.asdf.burnengine.core.testkit.TestData;
import dev.asdf.burnengine.core.token.Token;
import org.junit.jupiter.api.Test;

class BurnEngineTest {
    private static final Token ROOT = TestData.root(100, "ROOT");
    private static final Token A = TestData.secondary(1, "A");

    @Test
    void aSecondProcessLearnsWhoHoldsTheRunLock() {
        EngineHarness h = new EngineHarness().withTokens(ROOT);
        h.start();
        StartResult second = h.newEngine().start("engine-cli cycle");
        assertThat(second).isInstanceOfSatisfying(StartResult.LockHeld.class,
                held -> assertThat(held.holder().describe()).contains("started as 'test-harness'"));
    }

    @Test
    void stateOfAnotherEcosystemIsRefusedNotDiscarded() {
        EngineHarness h = new EngineHarness().withTokens(ROOT);
        h.store.save(EngineState.initial("another-ecosystem"));
        StartResult result = h.newEngine().start("test");
        assertThat(result).isInstanceOfSatisfying(StartResult.Refused.class,
                r -> assertThat(r.reason()).contains("another-ecosystem").contains("--state-dir"));
        assertThat(h.lock.isHeld()).isFalse();
    }

    @Test
    void aSnapshotNewerThanTheJournalIsRefused() {
        EngineHarness h = new EngineHarness().withTokens(ROOT);
        BurnEngine engine = h.start();
        engine.stop("test");
        h.journal.truncateAfter(1);
        StartResult result = h.newEngine().start("test");
        assertThat(result).isInstanceOfSatisfying(StartResult.Refused.class,
                r -> assertThat(r.reason()).contains("journal ends at entry 1"));
    }

    @Test
    void startReplaysTheJournalAfterTheSnapshot() {
        EngineHarness h = new EngineHarness().withTokens(ROOT, A);
        BurnEngine engine = h.start();
        engine.saveSnapshot();
        h.chain.trade(A, 12_345);
        engine.trackFees();
        BurnEngine restarted = h.crashAndRestart();
        assertThat(restarted.view().token(A.mint()).orElseThrow().fees().pending()).isEqualTo(12_345);
    }

    @Test
    void stopJournalsSavesAndReleasesTheLock() {
        EngineHarness h = new EngineHarness().withTokens(ROOT);
        BurnEngine engine = h.start();
        int saves = h.store.saves();
        engine.stop("SIGTERM");
        assertThat(h.journal.entriesOf(JournalEntry.EngineStopped.class)).singleElement()
                .extracting(JournalEntry.EngineStopped::reason).isEqualTo("SIGTERM");
        assertThat(h.store.saves()).isEqualTo(saves + 1);
        assertThat(h.lock.isHeld()).isFalse();
        assertThatThrownBy(engine::runCycle).hasMessageContaining("not started");
    }

    @Test
    void pausingAnUnknownMintSaysSo() {
        EngineHarness h = new EngineHarness().withTokens(ROOT);
        BurnEngine engine = h.start();
        assertThat(engine.pause(TestData.address(404), "x", "admin")).isFalse();
        assertThat(engine.resume(TestData.address(404), "admin")).isFalse();
    }

    @Test
    void adminActionsAreJournaled() {
        EngineHarness h = new EngineHarness().withTokens(ROOT, A);
        BurnEngine engine = h.start();
        engine.pause(A.mint(), "investigating", "admin@127.0.0.1");
        engine.recordAdminAction("admin@127.0.0.1", "POST /admin/tokens/" + A.mint() + "/pause", "200");
        assertThat(h.journal.entriesOf(JournalEntry.TokenPaused.class)).singleElement()
                .extracting(JournalEntry.TokenPaused::actor).isEqualTo("admin@127.0.0.1");
        assertThat(h.journal.entriesOf(JournalEntry.AdminActionRecorded.class)).hasSize(1);
    }

    @Test
    void tokensDiscoveredOnChainAreRegisteredAtStart() {
        EngineHarness h = new EngineHarness().withTokens(ROOT, A);
        BurnEngine engine = h.start();
        assertThat(engine.view().tokens()).hasSize(2);
        assertThat(engine.view().root()).get().extracting(t -> t.state().token()).isEqualTo(ROOT);
    }

    @Test
    void aFailedDiscoveryIsAWarningNotAFailedStart() {
        EngineHarness h = new EngineHarness().withTokens(ROOT);
        h.chain.setUnreachable(true);
        StartResult result = h.newEngine().start("test");
        assertThat(result).isInstanceOfSatisfying(StartResult.Started.class,
                s -> assertThat(s.warnings()).singleElement().asString().contains("token discovery failed"));
    }
}
