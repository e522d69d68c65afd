package dev.asdf.burnengine.core.testkit;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.cycle.BurnRecord;
import dev.asdf.burnengine.core.cycle.CycleId;
import dev.asdf.burnengine.core.cycle.CycleReport;
import dev.asdf.burnengine.core.cycle.CycleStep;
import dev.asdf.burnengine.core.cycle.PreparedTransaction;
import dev.asdf.burnengine.core.cycle.RetryClass;
import dev.asdf.burnengine.core.cycle.SecondarySplit;
import dev.asdf.burnengine.core.cycle.StepError;
import dev.asdf.burnengine.core.cycle.StepId;
import dev.asdf.burnengine.core.cycle.StepOutcome;
import dev.asdf.burnengine.core.deadletter.DeadLetterEntry;
import dev.asdf.burnengine.core.deadletter.DeadLetterStatus;
import dev.asdf.burnengine.core.ecosystem.SplitConfig;
import dev.asdf.burnengine.core.fee.Adjustment;
import dev.asdf.burnengine.core.fee.FeeCursor;
import dev.asdf.burnengine.core.fee.FeeEventId;
import dev.asdf.burnengine.core.fee.FeeVault;
import dev.asdf.burnengine.core.fee.LedgerAccount;
import dev.asdf.burnengine.core.fee.LedgerAccountId;
import dev.asdf.burnengine.core.fee.LedgerDebit;
import dev.asdf.burnengine.core.fee.LedgerState;
import dev.asdf.burnengine.core.fee.SeenEvent;
import dev.asdf.burnengine.core.fee.UnattributedDeposit;
import dev.asdf.burnengine.core.journal.JournalEntry;
import dev.asdf.burnengine.core.money.Lamports;
import dev.asdf.burnengine.core.money.TokenAmount;
import dev.asdf.burnengine.core.state.CycleStats;
import dev.asdf.burnengine.core.state.EmergencyStop;
import dev.asdf.burnengine.core.state.EngineState;
import dev.asdf.burnengine.core.state.InFlightStep;
import dev.asdf.burnengine.core.state.TokenTotals;
import dev.asdf.burnengine.core.token.Market;
import dev.asdf.burnengine.core.token.Token;
import dev.asdf.burnengine.core.token.TokenProgram;
import dev.asdf.burnengine.core.token.TokenRole;
import dev.asdf.burnengine.core.token.TokenState;
import dev.asdf.burnengine.core.token.TokenStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One value of every journal entry type and a rich engine state, so every store's round trip is tested on all of
 * them (a store that forgets a field or a type fails its contract test).
 */
public final class Samples {
    private Samples() {}

    public static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");
    public static final Token ROOT = TestData.root(1, "ASDF");
    public static final Token SECONDARY = new Token(TestData.address(2), "SEC<b>", "Secondary \"two\"",
            TokenRole.SECONDARY, Market.AMM, TokenProgram.TOKEN_2022);
    public static final CycleId CYCLE = CycleId.at(T0, 7);

    public static CycleStep.RootBuyback rootStep() {
        return new CycleStep.RootBuyback(new StepId(CYCLE, 0), ROOT, true, Lamports.of(448_000_000),
                Lamports.of(1_000_000), Lamports.of(2_000));
    }

    public static CycleStep.SecondaryBuyback secondaryStep() {
        return new CycleStep.SecondaryBuyback(new StepId(CYCLE, 1), SECONDARY, false,
                SecondarySplit.of(Lamports.of(1_000_000_000), SplitConfig.asdfProgramDefaults()));
    }

    public static PreparedTransaction transaction(long n) {
        return new PreparedTransaction(TestData.signature(n), new byte[] {1, 2, 3, (byte) n, (byte) 0xFF}, 123_456 + n);
    }

    public static List<JournalEntry> everyEntryType() {
        StepError error = new StepError("pump:6002:TooMuchSolRequired", "slippage: cost above max_sol_cost", RetryClass.TRANSIENT);
        return List.of(
                new JournalEntry.EngineStarted("engine-daemon --config x.yaml", "0.1.0", 4242),
                new JournalEntry.EngineStopped("SIGTERM"),
                new JournalEntry.FeeCredited(TestData.fee(10, 3, ROOT, 123_456, 777)),
                new JournalEntry.UnattributedCredited(new UnattributedDeposit(new FeeEventId(TestData.signature(11), 0),
                        Lamports.of(5_000), FeeVault.AMM, 778, T0, "donation")),
                new JournalEntry.FeeCursorAdvanced(new FeeCursor("{\"curve\":\"abc\"}", 700, 780)),
                new JournalEntry.LedgerAdjusted(new Adjustment(LedgerAccountId.token(ROOT.mint()), -42, "shortfall"), 100, 58),
                new JournalEntry.LedgerAdjusted(new Adjustment(LedgerAccountId.unattributed(), 17, "surplus"), 100, 117),
                new JournalEntry.TokenRegistered(SECONDARY),
                new JournalEntry.TokenPaused(SECONDARY.mint(), "operator: investigating", "admin@127.0.0.1"),
                new JournalEntry.TokenResumed(SECONDARY.mint(), "admin@127.0.0.1"),
                new JournalEntry.CyclePlanned(CYCLE, List.of(rootStep(), secondaryStep()),
                        Map.of(TestData.address(3), "pending 10 below minimum"), "2 steps"),
                new JournalEntry.StepIntent(rootStep(), transaction(1)),
                new JournalEntry.StepOutcomeRecorded(rootStep(), new StepOutcome.Confirmed(TestData.signature(1), 900,
                        Lamports.of(449_000_000), TokenAmount.of(5_000_000_000L), TokenAmount.of(5_000_000_000L),
                        Lamports.ZERO, Lamports.ZERO), new LedgerDebit(ROOT.mint(), 1_000_000, 0)),
                new JournalEntry.StepOutcomeRecorded(secondaryStep(), new StepOutcome.Failed(TestData.signature(2), error),
                        LedgerDebit.none(SECONDARY.mint())),
                new JournalEntry.StepOutcomeRecorded(secondaryStep(), new StepOutcome.Expired(TestData.signature(3)),
                        LedgerDebit.none(SECONDARY.mint())),
                new JournalEntry.StepOutcomeRecorded(secondaryStep(), new StepOutcome.NotSent(error),
                        LedgerDebit.none(SECONDARY.mint())),
                new JournalEntry.StepOutcomeRecorded(secondaryStep(), new StepOutcome.Skipped("collect failed"),
                        LedgerDebit.none(SECONDARY.mint())),
                new JournalEntry.CycleFinished(CYCLE, CycleReport.Status.PARTIAL, "1 of 2 steps confirmed"),
                new JournalEntry.DeadLetterRetried(SECONDARY.mint(), "cli"),
                new JournalEntry.DeadLetterDropped(SECONDARY.mint(), "cli"),
                new JournalEntry.EmergencyStopChanged(true, "rpc provider incident", "admin@127.0.0.1"),
                new JournalEntry.AdminActionRecorded("admin@127.0.0.1", "POST /admin/tokens/x/pause", "200"),
                new JournalEntry.JournalRepaired("journal-000001.jsonl", 37, "torn last line truncated"));
    }

    public static EngineState engineState() {
        Address other = TestData.address(3);
        LedgerState ledger = new LedgerState(
                Map.of(ROOT.mint(), new LedgerAccount(1_000, 400, 500, 100), SECONDARY.mint(), new LedgerAccount(77, 77, 0, 0)),
                new LedgerAccount(50, 60, 0, -10),
                List.of(new SeenEvent(new FeeEventId(TestData.signature(5), 0), 900),
                        new SeenEvent(new FeeEventId(TestData.signature(5), 1), 900),
                        new SeenEvent(new FeeEventId(TestData.signature(6), 2), 901)),
                850);
        StepError error = new StepError("rpc:timeout", "timed out", RetryClass.TRANSIENT);
        return new EngineState(
                321,
                "creator=abc;cluster=sandbox",
                ledger,
                new FeeCursor("pos-9", 850, 905),
                List.of(new TokenState(ROOT, TokenStatus.ACTIVE, "", T0),
                        new TokenState(SECONDARY, TokenStatus.PAUSED, "operator", Instant.EPOCH),
                        new TokenState(TestData.secondary(3, "THREE"), TokenStatus.DEFERRED, "pending below minimum", Instant.EPOCH)),
                List.of(new TokenTotals(ROOT.mint(), 3, 500, 9_000, 0, 0, 1, 0), TokenTotals.empty(other)),
                List.of(new DeadLetterEntry(SECONDARY.mint(), "SEC", error, 2, T0, T0.plusSeconds(600),
                                T0.plusSeconds(1200), DeadLetterStatus.SCHEDULED),
                        new DeadLetterEntry(other, "THREE", error, 1, T0, T0, T0, DeadLetterStatus.RESOLVED)),
                List.of(new BurnRecord(new StepId(CYCLE, 0), ROOT.mint(), "ASDF", TestData.signature(1),
                        Lamports.of(500), TokenAmount.of(9_000), Lamports.ZERO, Lamports.ZERO, true, T0)),
                List.of(new InFlightStep(secondaryStep(), transaction(9), T0)),
                new EmergencyStop(true, "incident", "admin", T0),
                new CycleStats(Map.of(CycleReport.Status.COMPLETED, 3L, CycleReport.Status.FAILED, 1L), T0,
                        CYCLE.value(), CycleReport.Status.FAILED, "0 of 1 steps confirmed", 1, 4));
    }
}
