package dev.asdf.burnengine.core.cycle;

import dev.asdf.burnengine.core.alert.Alert;
import dev.asdf.burnengine.core.alert.AlertKind;
import dev.asdf.burnengine.core.alert.Severity;
import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.deadletter.DeadLetterEntry;
import dev.asdf.burnengine.core.deadletter.DeadLetterStatus;
import dev.asdf.burnengine.core.event.DomainEvent;
import dev.asdf.burnengine.core.fee.Adjustment;
import dev.asdf.burnengine.core.fee.LedgerAccountId;
import dev.asdf.burnengine.core.fee.LedgerDebit;
import dev.asdf.burnengine.core.fee.Reconciler;
import dev.asdf.burnengine.core.fee.Reconciliation;
import dev.asdf.burnengine.core.journal.JournalEntry;
import dev.asdf.burnengine.core.money.Lamports;
import dev.asdf.burnengine.core.port.ChainState;
import dev.asdf.burnengine.core.port.ChainUnavailableException;
import dev.asdf.burnengine.core.port.CycleExecutor;
import dev.asdf.burnengine.core.port.EventSink;
import dev.asdf.burnengine.core.port.Notifier;
import dev.asdf.burnengine.core.state.EmergencyStop;
import dev.asdf.burnengine.core.state.EngineModel;
import dev.asdf.burnengine.core.state.EngineRecorder;
import dev.asdf.burnengine.core.state.InFlightStep;
import dev.asdf.burnengine.core.token.Market;
import dev.asdf.burnengine.core.token.Token;
import dev.asdf.burnengine.core.token.TokenState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Use case: run one cycle exactly once. Resolves steps left in flight by an earlier run, reads the chain, reconciles
 * the ledger (journaled adjustments), plans, and executes the plan step by step with the journal-before-send protocol:
 * prepare (build and sign), record the INTENT durably, submit (send the same bytes until final), record the OUTCOME
 * with the ledger debit it implies. The ledger changes only from confirmed outcomes.
 */
public final class RunCycle {
    private final ChainState chain;
    private final CycleExecutor executor;
    private final EngineRecorder recorder;
    private final EventSink events;
    private final Notifier notifier;
    private final CycleSettings settings;
    private final CyclePlanner planner = new CyclePlanner();
    private final Reconciler reconciler;
    private final ReentrantLock running = new ReentrantLock();
    private final AtomicLong sequence = new AtomicLong();
    private volatile boolean stopping;

    public RunCycle(ChainState chain, CycleExecutor executor, EngineRecorder recorder, EventSink events, Notifier notifier,
            CycleSettings settings) {
        this.chain = chain;
        this.executor = executor;
        this.recorder = recorder;
        this.events = events;
        this.notifier = notifier;
        this.settings = settings;
        this.reconciler = new Reconciler(settings.reconcileToleranceLamports());
    }

    /** Runs one cycle now. Only one cycle runs at a time in a process; a concurrent call is refused at once. */
    public CycleReport run() {
        Instant start = recorder.now();
        CycleId id = CycleId.at(start, sequence.incrementAndGet());
        if (!running.tryLock()) {
            return refused(id, start, "another cycle is already running in this process; try again when it finishes");
        }
        try {
            return runLocked(id, start);
        } finally {
            running.unlock();
        }
    }

    public boolean isRunning() {
        return running.isLocked();
    }

    /**
     * Starts no new cycle and no new step from now on; the step being sent finishes (or stays in flight, journaled, to
     * be resolved at the next start).
     */
    public void stopAfterCurrentStep() {
        stopping = true;
    }

    /** Waits until no cycle runs; false if one still runs after {@code timeout}. */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        if (running.tryLock(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            running.unlock();
            return true;
        }
        return false;
    }

    /**
     * A dry run: what {@link #run()} would plan now. Records and sends nothing.
     *
     * @throws ChainUnavailableException when the chain cannot be read
     */
    public CyclePreview preview() {
        Instant now = recorder.now();
        CycleId id = CycleId.at(now, sequence.incrementAndGet());
        List<String> notes = recorder.read(RunCycle::refusalNotes);
        ChainSnapshot snapshot = chain.read(recorder.read(m -> tokensOf(m)));
        Map<Address, Market> migrations = migrations(snapshot);
        return recorder.read(m -> {
            Reconciliation reconciliation = reconcile(m, snapshot);
            CyclePlan plan = planner.plan(snapshotFor(id, now, m, snapshot, migrations, reconciliation.adjustments()));
            return new CyclePreview(plan, reconciliation, notes);
        });
    }

    /**
     * Establishes the outcome of every step recorded as sent but never as finished (a crash between the two), from
     * chain, before anything new is planned.
     */
    public ResolveReport resolveInFlight() {
        List<StepResult> resolved = new ArrayList<>();
        List<String> unresolved = new ArrayList<>();
        for (InFlightStep inFlight : recorder.read(EngineModel::inFlight)) {
            try {
                StepOutcome outcome = executor.resolve(inFlight.step(), inFlight.transaction());
                recordOutcome(inFlight.step(), outcome);
                resolved.add(new StepResult(inFlight.step(), outcome));
            } catch (RuntimeException e) {
                unresolved.add(inFlight.step().id() + " (transaction " + inFlight.transaction().signature() + "): "
                        + describe(e));
            }
        }
        return new ResolveReport(resolved, unresolved);
    }

    private CycleReport runLocked(CycleId id, Instant start) {
        if (stopping) {
            return refused(id, start, "the engine is stopping; no new cycle starts");
        }
        EmergencyStop stop = recorder.read(EngineModel::emergencyStop);
        if (stop.engaged()) {
            return refused(id, start, emergencyStopMessage(stop));
        }
        ResolveReport resolve = resolveInFlight();
        if (!resolve.complete()) {
            return refused(id, start, "steps from an earlier run are still unresolved, so nothing new is planned: "
                    + String.join("; ", resolve.unresolved()));
        }
        ChainSnapshot snapshot;
        try {
            snapshot = chain.read(recorder.read(RunCycle::tokensOf));
        } catch (ChainUnavailableException e) {
            return refused(id, start, "the chain is unreachable: " + describe(e));
        }
        Map<Address, Market> migrations = migrations(snapshot);
        migrations.forEach((mint, market) -> recorder.read(m -> m.tokens().find(mint))
                .ifPresent(t -> recorder.record(new JournalEntry.TokenRegistered(t.token().withMarket(market)))));
        warnIfFeePayerLow(snapshot);
        CyclePlan plan = recorder.atomically(m -> {
            Reconciliation reconciliation = reconcile(m, snapshot);
            for (Adjustment adjustment : reconciliation.adjustments()) {
                recorder.record(new JournalEntry.LedgerAdjusted(adjustment, reconciliation.expected(), reconciliation.observed()));
                events.publish(new DomainEvent.LedgerAdjusted(recorder.now(), adjustment));
            }
            alertOnDiscrepancy(reconciliation);
            CyclePlan p = planner.plan(snapshotFor(id, start, m, snapshot, Map.of(), List.of()));
            recorder.record(new JournalEntry.CyclePlanned(id, p.steps(), deferredReasons(p), p.summary()));
            return p;
        });
        events.publish(new DomainEvent.CyclePlanned(recorder.now(), plan));
        if (plan.isEmpty()) {
            return finish(id, plan, List.of(), start, CycleReport.Status.NOTHING_TO_DO, plan.summary());
        }
        return execute(id, plan, start);
    }

    private CycleReport execute(CycleId id, CyclePlan plan, Instant start) {
        List<StepResult> results = new ArrayList<>();
        String skipReason = null;
        String unknown = null;
        for (CycleStep step : plan.steps()) {
            if (skipReason == null && stopping) {
                skipReason = "the engine is stopping; planned again at the next cycle";
            }
            if (skipReason != null) {
                results.add(new StepResult(step, new StepOutcome.Skipped(skipReason)));
                continue;
            }
            StepOutcome outcome;
            try {
                outcome = executeStep(step);
            } catch (OutcomeUnknown e) {
                unknown = e.getMessage();
                skipReason = "an earlier step's outcome is unknown";
                results.add(new StepResult(step, new StepOutcome.Skipped(unknown)));
                continue;
            }
            results.add(new StepResult(step, outcome));
            if (step.collects() && !(outcome instanceof StepOutcome.Confirmed)) {
                skipReason = "the collecting step " + step.id() + " did not confirm, so the authority holds no"
                        + " collected fees to buy with";
            }
        }
        long confirmed = results.stream().filter(StepResult::confirmed).count();
        CycleReport.Status status = confirmed == results.size() ? CycleReport.Status.COMPLETED
                : confirmed == 0 ? CycleReport.Status.FAILED : CycleReport.Status.PARTIAL;
        String message = unknown != null
                ? "stopped: " + unknown
                : confirmed + " of " + results.size() + " steps confirmed";
        return finish(id, plan, results, start, status, message);
    }

    private StepOutcome executeStep(CycleStep step) {
        Preparation preparation;
        try {
            preparation = executor.prepare(step);
        } catch (RuntimeException e) {
            preparation = new Preparation.Refused(new StepError("engine:prepare-failed",
                    "building the transaction failed: " + describe(e), RetryClass.TRANSIENT));
        }
        if (preparation instanceof Preparation.Refused refused) {
            StepOutcome outcome = new StepOutcome.NotSent(refused.error());
            recordOutcome(step, outcome);
            return outcome;
        }
        PreparedTransaction transaction = ((Preparation.Ready) preparation).transaction();
        recorder.record(new JournalEntry.StepIntent(step, transaction));
        events.publish(new DomainEvent.StepSent(recorder.now(), step, transaction.signature()));
        StepOutcome outcome;
        try {
            outcome = executor.submit(transaction);
        } catch (RuntimeException e) {
            throw new OutcomeUnknown("the outcome of step " + step.id() + " (transaction " + transaction.signature()
                    + ") is unknown: " + describe(e) + "; it is resolved from chain before the next cycle", e);
        }
        recordOutcome(step, outcome);
        return outcome;
    }

    private void recordOutcome(CycleStep step, StepOutcome outcome) {
        Address mint = step.token().mint();
        Optional<DeadLetterEntry> deadLetter = recorder.atomically(m -> {
            LedgerDebit debit = outcome instanceof StepOutcome.Confirmed c
                    ? step.debitFor(c.lamportsSpent(), m.ledger().pending(mint), m.ledger().unattributedPending())
                    : LedgerDebit.none(mint);
            recorder.record(new JournalEntry.StepOutcomeRecorded(step, outcome, debit));
            return m.deadLetters().find(mint, recorder.now());
        });
        Instant now = recorder.now();
        if (outcome instanceof StepOutcome.Confirmed c) {
            events.publish(new DomainEvent.StepConfirmed(now, step, c));
            if (c.lamportsSpent().value() > step.allocation().value()) {
                notifier.notify(new Alert(AlertKind.LEDGER_DISCREPANCY, Severity.WARNING, now,
                        "Step spent more than planned", "step " + step.id() + " for " + step.token().label() + " spent "
                        + c.lamportsSpent().value() + " lamports, planned " + step.allocation().value()
                        + "; the excess is found by the next reconciliation",
                        Map.of("step", step.id().toString(), "signature", c.signature().toString())));
            }
            return;
        }
        events.publish(new DomainEvent.StepFailed(now, step, outcome));
        StepError error = errorOf(outcome);
        if (error != null && error.retryClass() == RetryClass.PROTOCOL_DRIFT) {
            String reason = "protocol drift: the program answered " + error.code() + " (" + error.message()
                    + "), which this engine's program profile does not know; check for a pump.fun upgrade, then resume";
            recorder.record(new JournalEntry.TokenPaused(mint, reason, "protocol-drift-guard"));
            events.publish(new DomainEvent.TokenPaused(now, mint, reason));
            notifier.notify(new Alert(AlertKind.PROTOCOL_DRIFT, Severity.CRITICAL, now,
                    "Token paused: unknown program error", reason, Map.of("mint", mint.toString(), "step", step.id().toString())));
        }
        deadLetter.ifPresent(entry -> {
            events.publish(new DomainEvent.DeadLettered(now, entry));
            if (entry.status() == DeadLetterStatus.EXPIRED || entry.status() == DeadLetterStatus.PERMANENT) {
                notifier.notify(new Alert(AlertKind.DEAD_LETTER_GAVE_UP, Severity.CRITICAL, now,
                        "Token needs an operator", entry.label() + ": " + entry.status() + " after " + entry.failures()
                        + " failure(s); last error " + entry.lastError(), Map.of("mint", mint.toString())));
            }
        });
    }

    private static StepError errorOf(StepOutcome outcome) {
        if (outcome instanceof StepOutcome.Failed f) {
            return f.error();
        }
        if (outcome instanceof StepOutcome.NotSent n) {
            return n.error();
        }
        return null;
    }

    private CycleReport finish(CycleId id, CyclePlan plan, List<StepResult> results, Instant start,
            CycleReport.Status status, String message) {
        recorder.record(new JournalEntry.CycleFinished(id, status, message));
        CycleReport report = new CycleReport(id, status, message, plan, results, start, recorder.now());
        events.publish(new DomainEvent.CycleFinished(recorder.now(), report));
        alertOnFailure(report);
        return report;
    }

    private CycleReport refused(CycleId id, Instant start, String message) {
        CyclePlan empty = new CyclePlan(id, start, List.of(), List.of(), Lamports.ZERO,
                "refused: " + message);
        CycleReport report = new CycleReport(id, CycleReport.Status.REFUSED, message, empty, List.of(), start, recorder.now());
        events.publish(new DomainEvent.CycleFinished(recorder.now(), report));
        return report;
    }

    private void alertOnFailure(CycleReport report) {
        boolean realFailure = report.results().stream()
                .map(r -> errorOf(r.outcome()))
                .anyMatch(e -> e != null && e.retryClass() != RetryClass.NOT_READY)
                || report.results().stream().anyMatch(r -> r.outcome() instanceof StepOutcome.Expired);
        if (!realFailure) {
            return;
        }
        Instant now = recorder.now();
        Severity severity = report.status() == CycleReport.Status.FAILED ? Severity.CRITICAL : Severity.WARNING;
        notifier.notify(new Alert(AlertKind.CYCLE_FAILED, severity, now, "Cycle " + report.status().name().toLowerCase(),
                report.id() + ": " + report.message(), Map.of("cycle", report.id().toString())));
        int consecutive = recorder.read(m -> m.cycles().consecutiveFailures());
        if (consecutive >= settings.repeatedFailureAlertAfter()) {
            notifier.notify(new Alert(AlertKind.REPEATED_FAILURES, Severity.CRITICAL, now, "Cycles keep failing",
                    consecutive + " cycles in a row did not complete; the last: " + report.message(),
                    Map.of("consecutive", Integer.toString(consecutive))));
        }
    }

    private void alertOnDiscrepancy(Reconciliation reconciliation) {
        long size = Math.abs(reconciliation.discrepancy());
        if (reconciliation.adjustments().isEmpty() || size < settings.discrepancyAlertLamports()) {
            return;
        }
        notifier.notify(new Alert(AlertKind.LEDGER_DISCREPANCY, Severity.WARNING, recorder.now(),
                "Ledger and chain disagree", reconciliation.explanation() + "; adjustments were journaled",
                Map.of("expected", Long.toString(reconciliation.expected()),
                        "observed", Long.toString(reconciliation.observed()))));
    }

    private void warnIfFeePayerLow(ChainSnapshot snapshot) {
        if (snapshot.feePayerBalance().isLessThan(settings.lowFeePayerBalance())) {
            notifier.notify(new Alert(AlertKind.LOW_AUTHORITY_BALANCE, Severity.WARNING, recorder.now(),
                    "Fee payer balance low", "the wallet that pays transaction fees holds "
                    + snapshot.feePayerBalance().toSol() + ", below " + settings.lowFeePayerBalance().toSol()
                    + "; top it up before cycles start failing",
                    Map.of("balance", Long.toString(snapshot.feePayerBalance().value()))));
        }
    }

    private Reconciliation reconcile(EngineModel m, ChainSnapshot snapshot) {
        return reconciler.reconcile(m.ledger(), snapshot.balances().feeFunds().value(), snapshot.slot(),
                m.cursor().caughtUpToSlot());
    }

    private CycleSnapshot snapshotFor(CycleId id, Instant now, EngineModel m, ChainSnapshot snapshot,
            Map<Address, Market> migrations, List<Adjustment> hypothetical) {
        Map<Address, Long> pending = new HashMap<>();
        Map<Address, String> blocked = new HashMap<>();
        List<TokenState> tokens = new ArrayList<>();
        for (TokenState t : m.tokens().all()) {
            Address mint = t.token().mint();
            Market market = migrations.get(mint);
            tokens.add(market == null ? t : t.withToken(t.token().withMarket(market)));
            pending.put(mint, m.ledger().pending(mint));
            m.deadLetters().blockingReason(mint, now).ifPresent(reason -> blocked.put(mint, reason));
        }
        long unattributed = m.ledger().unattributedPending();
        for (Adjustment a : hypothetical) {
            if (a.account() instanceof LedgerAccountId.OfToken t) {
                pending.merge(t.mint(), a.delta(), Long::sum);
            } else {
                unattributed += a.delta();
            }
        }
        return new CycleSnapshot(id, now, tokens, pending, unattributed, snapshot, blocked, settings.limits());
    }

    private Map<Address, Market> migrations(ChainSnapshot snapshot) {
        return recorder.read(m -> {
            Map<Address, Market> changed = new LinkedHashMap<>();
            snapshot.markets().forEach((mint, market) -> m.tokens().find(mint)
                    .filter(t -> t.token().market() != market)
                    .ifPresent(t -> changed.put(mint, market)));
            return changed;
        });
    }

    private static List<String> refusalNotes(EngineModel m) {
        List<String> notes = new ArrayList<>();
        if (m.emergencyStop().engaged()) {
            notes.add(emergencyStopMessage(m.emergencyStop()));
        }
        if (!m.inFlight().isEmpty()) {
            notes.add(m.inFlight().size() + " step(s) from an earlier run are unresolved; a real cycle resolves them first");
        }
        return notes;
    }

    private static List<Token> tokensOf(EngineModel m) {
        return m.tokens().all().stream().map(TokenState::token).toList();
    }

    private static Map<Address, String> deferredReasons(CyclePlan plan) {
        Map<Address, String> deferred = new LinkedHashMap<>();
        plan.decisions().stream()
                .filter(d -> d.verdict() == Verdict.DEFERRED)
                .forEach(d -> deferred.put(d.mint(), d.reason()));
        return deferred;
    }

    private static String emergencyStopMessage(EmergencyStop stop) {
        return "the emergency stop is engaged by " + stop.actor() + " since " + stop.since()
                + (stop.reason().isBlank() ? "" : " (" + stop.reason() + ")")
                + "; release it (POST /admin/emergency-stop/release or `engine-cli`) to run cycles again";
    }

    private static String describe(RuntimeException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** A step was sent and its outcome could not be established; it stays in flight for the next resolve. */
    private static final class OutcomeUnknown extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OutcomeUnknown(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
