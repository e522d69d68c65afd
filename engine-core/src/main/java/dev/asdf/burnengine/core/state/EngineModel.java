package dev.asdf.burnengine.core.state;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.cycle.BurnRecord;
import dev.asdf.burnengine.core.cycle.CycleReport;
import dev.asdf.burnengine.core.cycle.CycleStep;
import dev.asdf.burnengine.core.cycle.StepId;
import dev.asdf.burnengine.core.cycle.StepOutcome;
import dev.asdf.burnengine.core.deadletter.DeadLetterPolicy;
import dev.asdf.burnengine.core.deadletter.DeadLetterQueue;
import dev.asdf.burnengine.core.fee.FeeCursor;
import dev.asdf.burnengine.core.fee.FeeLedger;
import dev.asdf.burnengine.core.journal.JournalEntry;
import dev.asdf.burnengine.core.token.TokenRegistry;
import dev.asdf.burnengine.core.token.TokenState;
import dev.asdf.burnengine.core.token.TokenStatus;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The engine's live state and the one function that changes it: {@link #apply(JournalEntry.Journaled)}. Start-up
 * applies the journal tail to the last snapshot; the running engine applies each entry right after journaling it. Both
 * paths run the same code, so a restart ends exactly where the process stopped.
 *
 * <p>Not thread-safe: callers hold the model's monitor (see {@link EngineRecorder}).
 */
public final class EngineModel {
    private final String configFingerprint;
    private final FeeLedger ledger;
    private final TokenRegistry tokens;
    private final DeadLetterQueue deadLetters;
    private final Map<Address, TokenTotals> totals = new LinkedHashMap<>();
    private final Deque<BurnRecord> recentBurns = new ArrayDeque<>();
    private final int burnHistory;
    private final Map<StepId, InFlightStep> inFlight = new LinkedHashMap<>();
    private FeeCursor cursor;
    private EmergencyStop emergencyStop;
    private CycleStats cycles;
    private long journalSeq;

    private EngineModel(EngineState state, DeadLetterPolicy policy, int burnHistory) {
        this.configFingerprint = state.configFingerprint();
        this.ledger = FeeLedger.fromState(state.ledger());
        this.tokens = new TokenRegistry(state.tokens());
        this.deadLetters = new DeadLetterQueue(policy, state.deadLetters());
        state.totals().forEach(t -> totals.put(t.mint(), t));
        this.burnHistory = burnHistory;
        state.recentBurns().forEach(recentBurns::addLast);
        state.inFlight().forEach(f -> inFlight.put(f.step().id(), f));
        this.cursor = state.cursor();
        this.emergencyStop = state.emergencyStop();
        this.cycles = state.cycles();
        this.journalSeq = state.journalSeq();
    }

    /** @param burnHistory how many recent burns to keep in memory and snapshots */
    public static EngineModel restore(EngineState state, DeadLetterPolicy policy, int burnHistory) {
        if (burnHistory < 1) {
            throw new IllegalArgumentException("burn history must keep at least 1 record, got " + burnHistory);
        }
        return new EngineModel(state, policy, burnHistory);
    }

    /**
     * Applies one journaled entry.
     *
     * @throws IllegalStateException if {@code entry.seq()} does not follow the last applied entry
     */
    public void apply(JournalEntry.Journaled journaled) {
        if (journaled.seq() != journalSeq + 1) {
            throw new IllegalStateException("journal entry " + journaled.seq() + " does not follow entry " + journalSeq
                    + ": the journal has a gap or was replayed twice");
        }
        Instant at = journaled.at();
        JournalEntry entry = journaled.entry();
        if (entry instanceof JournalEntry.FeeCredited e) {
            ledger.credit(e.event());
        } else if (entry instanceof JournalEntry.UnattributedCredited e) {
            ledger.credit(e.deposit());
        } else if (entry instanceof JournalEntry.FeeCursorAdvanced e) {
            cursor = e.cursor();
            ledger.forgetEventIdsBefore(e.cursor().settledSlot());
        } else if (entry instanceof JournalEntry.LedgerAdjusted e) {
            ledger.adjust(e.adjustment());
        } else if (entry instanceof JournalEntry.TokenRegistered e) {
            tokens.register(e.token());
        } else if (entry instanceof JournalEntry.TokenPaused e) {
            if (tokens.contains(e.mint())) {
                tokens.setStatus(e.mint(), TokenStatus.PAUSED, e.reason());
            }
        } else if (entry instanceof JournalEntry.TokenResumed e) {
            if (tokens.contains(e.mint())) {
                tokens.setStatus(e.mint(), TokenStatus.ACTIVE, "");
            }
        } else if (entry instanceof JournalEntry.CyclePlanned e) {
            applyPlanned(e);
        } else if (entry instanceof JournalEntry.StepIntent e) {
            inFlight.put(e.step().id(), new InFlightStep(e.step(), e.transaction(), at));
        } else if (entry instanceof JournalEntry.StepOutcomeRecorded e) {
            applyOutcome(e, at);
        } else if (entry instanceof JournalEntry.CycleFinished e) {
            applyFinished(e, at);
        } else if (entry instanceof JournalEntry.DeadLetterRetried e) {
            deadLetters.retryNow(e.mint(), at);
        } else if (entry instanceof JournalEntry.DeadLetterDropped e) {
            deadLetters.drop(e.mint());
        } else if (entry instanceof JournalEntry.EmergencyStopChanged e) {
            emergencyStop = e.stopped() ? new EmergencyStop(true, e.reason(), e.actor(), at) : EmergencyStop.RELEASED;
        }
        // EngineStarted, EngineStopped, AdminActionRecorded and JournalRepaired are audit records only.
        journalSeq = journaled.seq();
    }

    private void applyPlanned(JournalEntry.CyclePlanned e) {
        for (TokenState t : tokens.all()) {
            Address mint = t.token().mint();
            String reason = e.deferred().get(mint);
            if (reason != null && t.status() != TokenStatus.PAUSED) {
                tokens.setStatus(mint, TokenStatus.DEFERRED, reason);
            } else if (reason == null && t.status() == TokenStatus.DEFERRED) {
                tokens.setStatus(mint, TokenStatus.ACTIVE, "");
            }
        }
        cycles = new CycleStats(cycles.byStatus(), cycles.lastFinishedAt(), cycles.lastCycleId(), cycles.lastStatus(),
                cycles.lastMessage(), cycles.consecutiveFailures(), cycles.cyclesPlanned() + 1);
    }

    private void applyOutcome(JournalEntry.StepOutcomeRecorded e, Instant at) {
        CycleStep step = e.step();
        Address mint = step.token().mint();
        inFlight.remove(step.id());
        TokenTotals current = totals.getOrDefault(mint, TokenTotals.empty(mint));
        StepOutcome outcome = e.outcome();
        if (outcome instanceof StepOutcome.Confirmed c) {
            ledger.debit(e.debit());
            tokens.markRan(mint, at);
            deadLetters.recordSuccess(mint, at);
            totals.put(mint, current.confirmed(c.lamportsSpent().value(), c.tokensBurned().value(),
                    c.sentToRoot().value(), c.devFee().value()));
            recentBurns.addFirst(new BurnRecord(step.id(), mint, step.token().symbol(), c.signature(), c.lamportsSpent(),
                    c.tokensBurned(), c.sentToRoot(), c.devFee(), step.token().isRoot(), at));
            while (recentBurns.size() > burnHistory) {
                recentBurns.removeLast();
            }
        } else if (outcome instanceof StepOutcome.Failed f) {
            deadLetters.recordFailure(step.token(), f.error(), at);
            totals.put(mint, current.failed());
        } else if (outcome instanceof StepOutcome.NotSent n) {
            deadLetters.recordFailure(step.token(), n.error(), at);
            totals.put(mint, current.failed());
        } else if (outcome instanceof StepOutcome.Expired) {
            totals.put(mint, current.failed());
        }
    }

    private void applyFinished(JournalEntry.CycleFinished e, Instant at) {
        Map<CycleReport.Status, Long> byStatus = new EnumMap<>(CycleReport.Status.class);
        byStatus.putAll(cycles.byStatus());
        byStatus.merge(e.status(), 1L, Long::sum);
        boolean failed = e.status() == CycleReport.Status.FAILED || e.status() == CycleReport.Status.PARTIAL;
        boolean succeeded = e.status() == CycleReport.Status.COMPLETED;
        int consecutive = failed ? cycles.consecutiveFailures() + 1 : succeeded ? 0 : cycles.consecutiveFailures();
        cycles = new CycleStats(byStatus, at, e.cycle().value(), e.status(), e.message(), consecutive,
                cycles.cyclesPlanned());
    }

    public EngineState toState() {
        return new EngineState(journalSeq, configFingerprint, ledger.toState(), cursor, tokens.all(),
                List.copyOf(totals.values()), deadLetters.toEntries(), new ArrayList<>(recentBurns),
                List.copyOf(inFlight.values()), emergencyStop, cycles);
    }

    public FeeLedger ledger() {
        return ledger;
    }

    public TokenRegistry tokens() {
        return tokens;
    }

    public DeadLetterQueue deadLetters() {
        return deadLetters;
    }

    public FeeCursor cursor() {
        return cursor;
    }

    public EmergencyStop emergencyStop() {
        return emergencyStop;
    }

    public CycleStats cycles() {
        return cycles;
    }

    public long journalSeq() {
        return journalSeq;
    }

    public String configFingerprint() {
        return configFingerprint;
    }

    public List<InFlightStep> inFlight() {
        return List.copyOf(inFlight.values());
    }

    public List<BurnRecord> recentBurns() {
        return List.copyOf(recentBurns);
    }

    public TokenTotals totals(Address mint) {
        return totals.getOrDefault(mint, TokenTotals.empty(mint));
    }

    public List<TokenTotals> allTotals() {
        return List.copyOf(totals.values());
    }
}
