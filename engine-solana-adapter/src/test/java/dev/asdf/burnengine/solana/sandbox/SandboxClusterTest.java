package dev.asdf.burnengine.solana.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asdf.burnengine.core.BurnEngine;
import dev.asdf.burnengine.core.EngineSettings;
import dev.asdf.burnengine.core.cycle.ChainSnapshot;
import dev.asdf.burnengine.core.cycle.CycleReport;
import dev.asdf.burnengine.core.cycle.StepOutcome;
import dev.asdf.burnengine.core.cycle.Verdict;
import dev.asdf.burnengine.core.fee.FeeCursor;
import dev.asdf.burnengine.core.fee.FeePage;
import dev.asdf.burnengine.core.journal.JournalEntry;
import dev.asdf.burnengine.core.query.EngineView;
import dev.asdf.burnengine.core.testkit.InMemoryJournal;
import dev.asdf.burnengine.core.testkit.InMemoryRunLock;
import dev.asdf.burnengine.core.testkit.InMemoryStateStore;
import dev.asdf.burnengine.core.testkit.MutableClock;
import dev.asdf.burnengine.core.token.Market;
import dev.asdf.burnengine.core.token.TokenStatus;
import dev.asdf.burnengine.solana.message.Transaction;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SandboxClusterTest {
    final MutableClock clock = MutableClock.at("2026-11-28T12:00:00Z");
    final InMemoryJournal journal = new InMemoryJournal();

    private static SandboxSettings settings(double faultRate) {
        return new SandboxSettings(7, 6, 5.0, 1.0, faultRate, 100_000_000L, Duration.ofSeconds(60), Duration.ofMillis(300));
    }

    private BurnEngine engine(SandboxCluster sandbox) {
        BurnEngine engine = BurnEngine.builder().feeSource(sandbox.feeSource()).chainState(sandbox.chainState())
                .cycleExecutor(sandbox.cycleExecutor()).tokenDirectory(sandbox.tokenDirectory())
                .journal(journal).stateStore(new InMemoryStateStore()).runLock(new InMemoryRunLock(clock)).clock(clock)
                .settings(EngineSettings.defaults("sandbox")).build();
        engine.start("test");
        return engine;
    }

    private CycleReport tradeThenCycle(SandboxCluster sandbox, BurnEngine engine, Duration trading) {
        clock.advance(trading);
        sandbox.tradeUntil(Duration.between(MutableClock.at("2026-11-28T12:00:00Z").instant(), clock.instant()));
        engine.trackFees();
        return engine.runCycle();
    }

    @Test
    void theSameSeedGivesTheSameTrades() {
        SandboxCluster a = SandboxCluster.manual(settings(0), clock);
        SandboxCluster b = SandboxCluster.manual(settings(0), clock);
        a.tradeUntil(Duration.ofMinutes(2));
        b.tradeUntil(Duration.ofMinutes(2));
        FeePage pa = a.feeSource().fetch(FeeCursor.START, 10_000);
        FeePage pb = b.feeSource().fetch(FeeCursor.START, 10_000);
        assertThat(pa.events()).isNotEmpty().isEqualTo(pb.events());
        assertThat(pa.unattributed()).isEqualTo(pb.unattributed());
    }

    @Test
    @DisplayName("a cycle on the sandbox buys back and burns, and the simulated supply drops by what was burned")
    void aCycleBurnsRealSimulatedSupply() {
        SandboxCluster sandbox = SandboxCluster.manual(settings(0), clock);
        BurnEngine engine = engine(sandbox);
        CycleReport report = tradeThenCycle(sandbox, engine, Duration.ofMinutes(10));
        assertThat(report.status()).isEqualTo(CycleReport.Status.COMPLETED);
        assertThat(report.results()).isNotEmpty();
        long burnedByOutcomes = report.results().stream().map(r -> (StepOutcome.Confirmed) r.outcome())
                .mapToLong(c -> c.tokensBurned().value()).sum();
        long burnedOnChain = report.results().stream().mapToLong(r -> sandbox.burned(r.step().token().mint())).sum();
        assertThat(burnedByOutcomes).isPositive().isEqualTo(burnedOnChain);
    }

    @Test
    @DisplayName("without external withdrawals the ledger always equals what the chain holds: no reconciliation needed")
    void theLedgerMatchesTheSimulatedChainExactly() {
        SandboxCluster sandbox = SandboxCluster.manual(settings(0), clock);
        BurnEngine engine = engine(sandbox);
        for (int round = 0; round < 6; round++) {
            tradeThenCycle(sandbox, engine, Duration.ofMinutes(3));
            ChainSnapshot chain = sandbox.chainState().read(List.of());
            engine.trackFees();
            EngineView view = engine.view();
            assertThat(view.totals().pending()).as("round %d", round).isEqualTo(sandbox.chainState().read(List.of())
                    .balances().feeFunds().value());
            assertThat(view.totals().isConserved()).isTrue();
            assertThat(chain.slot()).isPositive();
        }
        assertThat(journal.entriesOf(JournalEntry.LedgerAdjusted.class)).isEmpty();
    }

    @Test
    void aTokenWhoseCurveCompletesMigratesAndKeepsRunning() {
        SandboxCluster sandbox = SandboxCluster.manual(new SandboxSettings(7, 6, 20.0, 1.0, 0, 100_000_000L,
                Duration.ofSeconds(60), Duration.ofMillis(300)), clock);
        BurnEngine engine = engine(sandbox);
        for (int round = 0; round < 10 && engine.view().tokens().stream()
                .noneMatch(t -> t.state().token().market() == Market.AMM); round++) {
            tradeThenCycle(sandbox, engine, Duration.ofMinutes(5));
        }
        assertThat(engine.view().tokens()).anySatisfy(t -> assertThat(t.state().token().market()).isEqualTo(Market.AMM));
    }

    @Test
    void smallTokensAreDeferredWithTheirFeesKept() {
        SandboxCluster sandbox = SandboxCluster.manual(new SandboxSettings(7, 40, 5.0, 1.0, 0, 100_000_000L,
                Duration.ofSeconds(60), Duration.ofMillis(300)), clock);
        BurnEngine engine = engine(sandbox);
        CycleReport report = tradeThenCycle(sandbox, engine, Duration.ofMinutes(5));
        assertThat(report.plan().decisions()).anySatisfy(d -> assertThat(d.verdict()).isEqualTo(Verdict.DEFERRED));
        assertThat(engine.view().tokens()).anySatisfy(t -> {
            assertThat(t.state().status()).isEqualTo(TokenStatus.DEFERRED);
            assertThat(t.fees().pending()).isPositive();
        });
    }

    @Test
    void injectedFaultsFillTheDeadLetterQueue() {
        SandboxCluster sandbox = SandboxCluster.manual(settings(1.0), clock);
        BurnEngine engine = engine(sandbox);
        CycleReport report = tradeThenCycle(sandbox, engine, Duration.ofMinutes(10));
        assertThat(report.status()).isIn(CycleReport.Status.FAILED, CycleReport.Status.PARTIAL);
        tradeThenCycle(sandbox, engine, Duration.ofMinutes(2));
        assertThat(engine.view().deadLetters()).isNotEmpty();
    }

    @Test
    void aSecondCollectionWithinTheIntervalIsNotReadyNotAFailure() {
        SandboxCluster sandbox = SandboxCluster.manual(settings(0), clock);
        BurnEngine engine = engine(sandbox);
        tradeThenCycle(sandbox, engine, Duration.ofMinutes(10));
        CycleReport tooSoon = tradeThenCycle(sandbox, engine, Duration.ofSeconds(20));
        assertThat(tooSoon.plan().summary()).satisfiesAnyOf(
                s -> assertThat(s).contains("collect interval"),
                s -> assertThat(s).startsWith("nothing to do"));
        assertThat(engine.view().deadLetters()).isEmpty();
    }

    @Test
    void theJournaledTransactionsAreRealSignedSolanaTransactions() {
        SandboxCluster sandbox = SandboxCluster.manual(settings(0), clock);
        BurnEngine engine = engine(sandbox);
        tradeThenCycle(sandbox, engine, Duration.ofMinutes(10));
        JournalEntry.StepIntent intent = journal.entriesOf(JournalEntry.StepIntent.class).get(0);
        Transaction tx = Transaction.decode(intent.transaction().wireBytes());
        assertThat(tx.verifySignatures()).isTrue();
        assertThat(tx.signature()).isEqualTo(intent.transaction().signature());
    }
}
