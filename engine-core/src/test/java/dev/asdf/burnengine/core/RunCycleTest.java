package dev.asdf.burnengine.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asdf.burnengine.core.alert.AlertKind;
import dev.asdf.burnengine.core.cycle.CycleReport;
import dev.asdf.burnengine.core.cycle.StepOutcome;
import dev.asdf.burnengine.core.cycle.StepResult;
import dev.asdf.burnengine.core.cycle.Verdict;
import dev.asdf.burnengine.core.journal.JournalEntry;
import dev.asdf.burnengine.core.query.TokenView;
import dev.asdf.burnengine.core.testkit.EngineHarness;
import dev.asdf.burnengine.core.testkit.FakeChain.Behaviour;
import dev.asdf.burnengine.core.testkit.TestData;
import dev.asdf.burnengine.core.token.Token;
import dev.asdf.burnengine.core.token.TokenStatus;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RunCycleTest {
    private static final Token ROOT = TestData.root(100, "ROOT");
    private static final Token A = TestData.secondary(1, "A");
    private static final Token B = TestData.secondary(2, "B");

    private static EngineHarness ecosystemWithFees() {
        EngineHarness h = new EngineHarness().withTokens(ROOT, A, B);
        h.start();
        h.chain.trade(ROOT, 60_000_000);
        h.chain.trade(A, 400_000_000);
        h.chain.trade(B, 250_000_000);
        h.engine().trackFees();
        return h;
    }

    private static long pending(BurnEngine engine, Token t) {
        return engine.view().token(t.mint()).map(TokenView::fees).orElseThrow().pending();
    }

    @Test
    void aCycleBuysBackAndBurnsEveryEligibleToken() {
        EngineHarness h = ecosystemWithFees();
        CycleReport report = h.engine().runCycle();
        assertThat(report.status()).isEqualTo(CycleReport.Status.COMPLETED);
        assertThat(report.results()).hasSize(3).allMatch(StepResult::confirmed);
        assertThat(h.chain.burned(A.mint())).isPositive();
        assertThat(pending(h.engine(), A)).isZero();
        assertThat(pending(h.engine(), ROOT)).isZero();
    }

    @Test
    @DisplayName("every transaction's INTENT is durable in the journal before it is sent, and its OUTCOME follows")
    void journalBeforeSend() {
        EngineHarness h = ecosystemWithFees();
        h.engine().runCycle();
        List<JournalEntry> entries = h.journal.entries().stream().map(JournalEntry.Journaled::entry).toList();
        List<JournalEntry.StepIntent> intents = h.journal.entriesOf(JournalEntry.StepIntent.class);
        assertThat(intents).hasSize(3);
        for (JournalEntry.StepIntent intent : intents) {
            int at = entries.indexOf(intent);
            assertThat(entries.subList(at + 1, entries.size())).anySatisfy(e -> assertThat(e)
                    .isInstanceOfSatisfying(JournalEntry.StepOutcomeRecorded.class,
                            o -> assertThat(o.step().id()).isEqualTo(intent.step().id())));
        }
    }

    @Test
    void theSecondariesRootShareLandsInTheTreasuryAndIsBurnedByTheNextRootStep() {
        EngineHarness h = ecosystemWithFees();
        h.engine().runCycle();
        long treasury = h.chain.treasury();
        assertThat(treasury).isEqualTo(179_200_000L + 112_000_000L);
        h.chain.trade(ROOT, 1_000_000);
        h.engine().trackFees();
        h.clock.advance(Duration.ofMinutes(2));
        CycleReport next = h.engine().runCycle();
        assertThat(next.results()).singleElement().satisfies(r -> assertThat(r.step().allocation().value())
                .isEqualTo(treasury + 1_000_000));
        assertThat(h.chain.treasury()).isZero();
    }

    @Test
    void aFailedStepKeepsItsTokensPendingFeesAndIsDeadLettered() {
        EngineHarness h = ecosystemWithFees();
        h.chain.script(B, Behaviour.FAIL_TRANSIENT);
        CycleReport report = h.engine().runCycle();
        assertThat(report.status()).isEqualTo(CycleReport.Status.PARTIAL);
        assertThat(pending(h.engine(), B)).isEqualTo(250_000_000);
        assertThat(h.engine().view().deadLetters()).singleElement().satisfies(e -> assertThat(e.mint()).isEqualTo(B.mint()));
        assertThat(h.alerts.alertsOf(AlertKind.CYCLE_FAILED)).hasSize(1);
    }

    @Test
    void aDeadLetteredTokenWaitsForItsRetryTimeThenRunsAndIsResolved() {
        EngineHarness h = ecosystemWithFees();
        h.chain.script(B, Behaviour.FAIL_TRANSIENT);
        h.engine().runCycle();
        h.clock.advance(Duration.ofMinutes(2));
        CycleReport early = h.engine().runCycle();
        assertThat(early.plan().decisions()).filteredOn(d -> d.mint().equals(B.mint())).singleElement()
                .extracting(d -> d.verdict()).isEqualTo(Verdict.DEAD_LETTERED);
        h.clock.advance(Duration.ofMinutes(4));
        CycleReport retry = h.engine().runCycle();
        assertThat(retry.plan().runningMints()).contains(B.mint());
        assertThat(pending(h.engine(), B)).isZero();
        assertThat(h.engine().view().deadLetters()).allSatisfy(e -> assertThat(e.isOpen()).isFalse());
    }

    @Test
    void whenTheCollectingStepFailsTheOtherStepsAreNotAttempted() {
        EngineHarness h = ecosystemWithFees();
        h.chain.script(ROOT, Behaviour.FAIL_TRANSIENT);
        CycleReport report = h.engine().runCycle();
        assertThat(report.status()).isEqualTo(CycleReport.Status.FAILED);
        assertThat(report.results()).extracting(StepResult::outcome)
                .hasExactlyElementsOfTypes(StepOutcome.Failed.class, StepOutcome.Skipped.class, StepOutcome.Skipped.class);
        assertThat(h.journal.entriesOf(JournalEntry.StepIntent.class)).hasSize(1);
        assertThat(pending(h.engine(), A)).isEqualTo(400_000_000);
    }

    @Test
    void aRefusedPreparationSendsNothingAndRecordsWhy() {
        EngineHarness h = ecosystemWithFees();
        h.chain.script(A, Behaviour.REFUSE);
        CycleReport report = h.engine().runCycle();
        assertThat(report.results()).filteredOn(r -> r.step().token().equals(A)).singleElement()
                .extracting(StepResult::outcome).isInstanceOf(StepOutcome.NotSent.class);
        assertThat(h.journal.entriesOf(JournalEntry.StepIntent.class)).noneMatch(i -> i.step().token().equals(A));
        assertThat(pending(h.engine(), A)).isEqualTo(400_000_000);
    }

    @Test
    void anExpiredTransactionIsPlannedAgainWithANewSignatureAndSpendsOnce() {
        EngineHarness h = ecosystemWithFees();
        h.chain.script(A, Behaviour.EXPIRE);
        h.engine().runCycle();
        assertThat(pending(h.engine(), A)).isEqualTo(400_000_000);
        h.clock.advance(Duration.ofMinutes(2));
        h.engine().runCycle();
        assertThat(pending(h.engine(), A)).isZero();
        List<JournalEntry.StepIntent> intentsForA = h.journal.entriesOf(JournalEntry.StepIntent.class).stream()
                .filter(i -> i.step().token().equals(A)).toList();
        assertThat(intentsForA).hasSize(2);
        assertThat(intentsForA.get(0).transaction().signature()).isNotEqualTo(intentsForA.get(1).transaction().signature());
        assertThat(h.chain.landed().values()).filteredOn(o -> o instanceof StepOutcome.Confirmed).hasSize(4);
    }

    @Test
    @DisplayName("an unknown program error pauses the token and raises a protocol-drift alert")
    void protocolDriftPausesTheToken() {
        EngineHarness h = ecosystemWithFees();
        h.chain.script(A, Behaviour.FAIL_DRIFT);
        h.engine().runCycle();
        assertThat(h.engine().view().token(A.mint()).orElseThrow().state().status()).isEqualTo(TokenStatus.PAUSED);
        assertThat(h.alerts.alertsOf(AlertKind.PROTOCOL_DRIFT)).singleElement()
                .satisfies(a -> assertThat(a.message()).contains("pump:6099"));
        assertThat(h.engine().view().deadLetters()).isEmpty();
    }

    @Test
    @DisplayName("the program's collect interval is not a failure: no dead letter, no failure alert")
    void cycleTooSoonIsNotAFailure() {
        EngineHarness h = ecosystemWithFees();
        h.chain.script(ROOT, Behaviour.FAIL_NOT_READY);
        h.engine().runCycle();
        assertThat(h.engine().view().deadLetters()).isEmpty();
        assertThat(h.alerts.alertsOf(AlertKind.CYCLE_FAILED)).isEmpty();
    }

    @Test
    @DisplayName("a step whose answer was lost stays in flight, is resolved from chain before the next plan and spends once")
    void aLostAnswerIsResolvedFromChainNotResent() {
        EngineHarness h = ecosystemWithFees();
        h.chain.script(A, Behaviour.LAND_THEN_THROW);
        CycleReport report = h.engine().runCycle();
        assertThat(report.message()).contains("is unknown");
        assertThat(h.engine().view().inFlight()).hasSize(1);
        long landedBefore = h.chain.landed().size();
        h.clock.advance(Duration.ofMinutes(2));
        h.engine().runCycle();
        assertThat(h.engine().view().inFlight()).isEmpty();
        assertThat(pending(h.engine(), A)).isZero();
        JournalEntry.StepIntent intentA = h.journal.entriesOf(JournalEntry.StepIntent.class).stream()
                .filter(i -> i.step().token().equals(A)).findFirst().orElseThrow();
        assertThat(h.chain.sendsOf(intentA.transaction().signature())).isEqualTo(1);
        assertThat(h.journal.entriesOf(JournalEntry.StepIntent.class)).filteredOn(i -> i.step().token().equals(A)).hasSize(1);
        assertThat(h.chain.landed().size()).isGreaterThanOrEqualTo((int) landedBefore);
    }

    @Test
    @DisplayName("a crash after send is resolved at the next start: the transaction that landed is never signed again")
    void aCrashAfterSendIsResolvedAtStart() {
        EngineHarness h = ecosystemWithFees();
        h.chain.script(A, Behaviour.LAND_THEN_THROW);
        h.engine().runCycle();
        BurnEngine restarted = h.crashAndRestart();
        assertThat(restarted.view().inFlight()).isEmpty();
        assertThat(pending(restarted, A)).isZero();
        assertThat(h.journal.entriesOf(JournalEntry.StepIntent.class)).filteredOn(i -> i.step().token().equals(A)).hasSize(1);
    }

    @Test
    @DisplayName("a send that never landed resolves as expired and the step is planned again")
    void aSendThatNeverLandedIsPlannedAgain() {
        EngineHarness h = ecosystemWithFees();
        h.chain.script(A, Behaviour.THROW_BEFORE_LANDING);
        h.engine().runCycle();
        BurnEngine restarted = h.crashAndRestart();
        assertThat(pending(restarted, A)).isEqualTo(400_000_000);
        h.clock.advance(Duration.ofMinutes(2));
        restarted.runCycle();
        assertThat(pending(restarted, A)).isZero();
        assertThat(h.chain.burned(A.mint())).isEqualTo(SecondaryBurnOf.lamports(400_000_000) * 1000);
    }

    @Test
    void theEmergencyStopRefusesCyclesAndSurvivesARestart() {
        EngineHarness h = ecosystemWithFees();
        h.engine().engageEmergencyStop("rpc incident", "admin");
        assertThat(h.engine().runCycle().status()).isEqualTo(CycleReport.Status.REFUSED);
        BurnEngine restarted = h.crashAndRestart();
        CycleReport refused = restarted.runCycle();
        assertThat(refused.status()).isEqualTo(CycleReport.Status.REFUSED);
        assertThat(refused.message()).contains("emergency stop").contains("rpc incident");
        restarted.releaseEmergencyStop("admin");
        assertThat(restarted.runCycle().status()).isEqualTo(CycleReport.Status.COMPLETED);
    }

    @Test
    void anUnreachableChainRefusesTheCycle() {
        EngineHarness h = ecosystemWithFees();
        h.chain.setUnreachable(true);
        CycleReport report = h.engine().runCycle();
        assertThat(report.status()).isEqualTo(CycleReport.Status.REFUSED);
        assertThat(report.message()).startsWith("the chain is unreachable");
    }

    @Test
    void anExternalWithdrawalIsReconciledProRataJournaledAndAlerted() {
        EngineHarness h = ecosystemWithFees();
        h.chain.withdrawFromVault(71_000_000);
        h.engine().runCycle();
        assertThat(h.journal.entriesOf(JournalEntry.LedgerAdjusted.class)).hasSize(3)
                .allSatisfy(a -> assertThat(a.adjustment().delta()).isNegative());
        assertThat(h.alerts.alertsOf(AlertKind.LEDGER_DISCREPANCY)).hasSize(1);
        assertThat(h.engine().view().totals().isConserved()).isTrue();
    }

    @Test
    void aDryRunRecordsAndSendsNothing() {
        EngineHarness h = ecosystemWithFees();
        long entries = h.journal.lastSeq();
        var preview = h.engine().previewCycle();
        assertThat(preview.plan().steps()).hasSize(3);
        assertThat(h.journal.lastSeq()).isEqualTo(entries);
        assertThat(h.chain.landed()).isEmpty();
    }

    @Test
    @DisplayName("after any cycles, the chain holds exactly the pending fees and the ledger is conserved")
    void ledgerMatchesTheChainAfterCycles() {
        EngineHarness h = ecosystemWithFees();
        h.chain.script(B, Behaviour.FAIL_TRANSIENT);
        h.engine().runCycle();
        h.chain.trade(A, 150_000_000);
        h.chain.donate(5_000);
        h.engine().trackFees();
        h.clock.advance(Duration.ofMinutes(10));
        h.engine().runCycle();
        var view = h.engine().view();
        long chainFunds = h.chain.curveVault() + h.chain.authority();
        assertThat(view.totals().pending()).isEqualTo(chainFunds);
        assertThat(view.totals().isConserved()).isTrue();
    }

    @Test
    void aDrainedEngineStartsNoNewCycle() throws Exception {
        EngineHarness h = ecosystemWithFees();
        assertThat(h.engine().drain(Duration.ofSeconds(1))).isTrue();
        CycleReport report = h.engine().runCycle();
        assertThat(report.status()).isEqualTo(CycleReport.Status.REFUSED);
        assertThat(report.message()).contains("stopping");
        assertThat(h.chain.landed()).isEmpty();
    }

    /** What the fake chain burns for a secondary allocation (buy budget × tokens per lamport). */
    private static final class SecondaryBurnOf {
        static long lamports(long allocation) {
            long kept = allocation * 5520 / 10_000;
            return kept - kept * 100 / 10_000;
        }
    }
}
