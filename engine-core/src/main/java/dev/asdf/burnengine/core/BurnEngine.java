package dev.asdf.burnengine.core;

import dev.asdf.burnengine.core.alert.Alert;
import dev.asdf.burnengine.core.alert.AlertKind;
import dev.asdf.burnengine.core.alert.Severity;
import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.cycle.CycleId;
import dev.asdf.burnengine.core.cycle.CyclePreview;
import dev.asdf.burnengine.core.cycle.CycleReport;
import dev.asdf.burnengine.core.cycle.ResolveReport;
import dev.asdf.burnengine.core.cycle.RunCycle;
import dev.asdf.burnengine.core.ecosystem.Ecosystem;
import dev.asdf.burnengine.core.event.DomainEvent;
import dev.asdf.burnengine.core.fee.PollReport;
import dev.asdf.burnengine.core.fee.TrackFees;
import dev.asdf.burnengine.core.journal.JournalEntry;
import dev.asdf.burnengine.core.port.ChainState;
import dev.asdf.burnengine.core.port.CycleExecutor;
import dev.asdf.burnengine.core.port.EventSink;
import dev.asdf.burnengine.core.port.FeeSource;
import dev.asdf.burnengine.core.port.Journal;
import dev.asdf.burnengine.core.port.Notifier;
import dev.asdf.burnengine.core.port.RunLock;
import dev.asdf.burnengine.core.port.StateStore;
import dev.asdf.burnengine.core.port.TokenDirectory;
import dev.asdf.burnengine.core.query.EngineView;
import dev.asdf.burnengine.core.query.EngineViews;
import dev.asdf.burnengine.core.state.EngineModel;
import dev.asdf.burnengine.core.state.EngineRecorder;
import dev.asdf.burnengine.core.state.EngineState;
import dev.asdf.burnengine.core.token.Token;
import dev.asdf.burnengine.core.token.TokenState;
import dev.asdf.burnengine.core.token.TokenStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The engine as a library: build it from port implementations, {@link #start} it, then track fees and run cycles.
 * The daemon and the CLI are thin runners around this class; an embedding application can be one too (see
 * docs/embedding.md).
 *
 * <p>Thread-safe: fee tracking, cycles and admin calls may come from different threads. One cycle runs at a time and
 * polls never overlap.
 */
public final class BurnEngine {
    private final FeeSource feeSource;
    private final ChainState chainState;
    private final CycleExecutor executor;
    private final TokenDirectory directory;
    private final StateStore stateStore;
    private final Journal journal;
    private final RunLock runLock;
    private final EventSink events;
    private final Notifier notifier;
    private final Clock clock;
    private final EngineSettings settings;
    private final Map<CycleId, CycleReport> reports = new LinkedHashMap<>();
    private volatile Running running;

    private BurnEngine(Builder b) {
        this.feeSource = Objects.requireNonNull(b.feeSource, "feeSource: every engine needs a FeeSource");
        this.chainState = Objects.requireNonNull(b.chainState, "chainState: every engine needs a ChainState");
        this.executor = Objects.requireNonNull(b.executor, "cycleExecutor: every engine needs a CycleExecutor");
        this.directory = Objects.requireNonNull(b.directory, "tokenDirectory: every engine needs a TokenDirectory");
        this.stateStore = Objects.requireNonNull(b.stateStore, "stateStore: every engine needs a StateStore");
        this.journal = Objects.requireNonNull(b.journal, "journal: every engine needs a Journal");
        this.runLock = Objects.requireNonNull(b.runLock, "runLock: every engine needs a RunLock");
        this.events = b.events;
        this.notifier = b.notifier;
        this.clock = b.clock;
        this.settings = Objects.requireNonNull(b.settings, "settings: call settings(EngineSettings.defaults(...))");
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Takes the run lock, restores the last snapshot, replays the journal after it, refreshes the token list from
     * chain and resolves every step a previous run left in flight.
     *
     * @param command how this process was started, shown to a second process that finds the lock taken
     */
    public synchronized StartResult start(String command) {
        if (running != null) {
            throw new IllegalStateException("the engine is already started");
        }
        RunLock.Attempt attempt = runLock.tryAcquire(command);
        if (attempt instanceof RunLock.Held held) {
            return new StartResult.LockHeld(held);
        }
        RunLock.Handle lock = ((RunLock.Acquired) attempt).handle();
        try {
            EngineState state = stateStore.load().orElse(EngineState.initial(settings.configFingerprint()));
            Optional<String> foreign = foreignState(state, settings);
            if (foreign.isPresent()) {
                lock.close();
                return new StartResult.Refused(foreign.get());
            }
            long last = journal.lastSeq();
            if (state.journalSeq() > last) {
                lock.close();
                return new StartResult.Refused("the snapshot covers journal entry " + state.journalSeq()
                        + " but the journal ends at entry " + last + "; the journal was truncated or replaced:"
                        + " restore the journal from backup or move the newer snapshots aside");
            }
            EngineModel model = EngineModel.restore(state, settings.deadLetters(), settings.burnHistory());
            journal.replayAfter(state.journalSeq(), model::apply);
            long replayed = model.journalSeq() - state.journalSeq();
            EngineRecorder recorder = new EngineRecorder(model, journal, clock);
            recorder.record(new JournalEntry.EngineStarted(command, version(), ProcessHandle.current().pid()));
            Running r = new Running(lock, recorder,
                    new TrackFees(feeSource, directory, recorder, events, notifier, settings.feePageSize(),
                            settings.feeMaxPagesPerPoll()),
                    new RunCycle(chainState, executor, recorder, events, notifier, settings.cycles()));
            running = r;
            List<String> warnings = new ArrayList<>();
            try {
                refreshTokens();
            } catch (RuntimeException e) {
                warnings.add("token discovery failed, continuing with the " + model.tokens().size()
                        + " known tokens: " + e.getMessage());
            }
            ResolveReport resolved = r.cycles.resolveInFlight();
            if (!resolved.complete()) {
                warnings.add("unresolved steps (no cycle runs until they are): " + String.join("; ", resolved.unresolved()));
            }
            return new StartResult.Started(replayed, resolved, warnings);
        } catch (RuntimeException e) {
            running = null;
            lock.close();
            throw e;
        }
    }

    /** Pulls new fee events into the ledger (one poll; never two at once). */
    public PollReport trackFees() {
        return require().fees.pollOnce();
    }

    /** Runs one cycle now, then saves a snapshot. */
    public CycleReport runCycle() {
        Running r = require();
        CycleReport report = r.cycles.run();
        synchronized (reports) {
            reports.put(report.id(), report);
            while (reports.size() > settings.reportHistory()) {
                reports.remove(reports.keySet().iterator().next());
            }
        }
        if (report.status() != CycleReport.Status.REFUSED) {
            saveSnapshot();
        }
        return report;
    }

    /** What a cycle would do now, without recording or sending anything. */
    public CyclePreview previewCycle() {
        return require().cycles.preview();
    }

    public ResolveReport resolveInFlight() {
        return require().cycles.resolveInFlight();
    }

    public boolean isCycleRunning() {
        Running r = running;
        return r != null && r.cycles.isRunning();
    }

    /**
     * Reads the state another process may be running on, without the run lock and without the chain: the newest
     * snapshot plus the journal after it. For status commands that must be safe while the daemon runs; the journal
     * must be opened read-only (it may end in a line the writer has not finished, which is skipped).
     *
     * @throws IllegalStateException when the snapshot belongs to another configuration
     */
    public static EngineView inspect(StateStore stateStore, Journal journal, EngineSettings settings, Clock clock) {
        EngineState state = stateStore.load().orElse(EngineState.initial(settings.configFingerprint()));
        foreignState(state, settings).ifPresent(problem -> {
            throw new IllegalStateException(problem);
        });
        EngineModel model = EngineModel.restore(state, settings.deadLetters(), settings.burnHistory());
        journal.replayAfter(state.journalSeq(), model::apply);
        return EngineViews.of(model, clock.instant());
    }

    private static Optional<String> foreignState(EngineState state, EngineSettings settings) {
        if (state.configFingerprint().equals(settings.configFingerprint())) {
            return Optional.empty();
        }
        return Optional.of("the saved state belongs to another configuration (fingerprint " + state.configFingerprint()
                + ", this configuration is " + settings.configFingerprint()
                + "); point --state-dir at this ecosystem's own state directory");
    }

    /** A consistent read of everything the engine publishes. */
    public EngineView view() {
        EngineRecorder recorder = require().recorder;
        return recorder.read(m -> EngineViews.of(m, recorder.now()));
    }

    public Optional<CycleReport> report(CycleId id) {
        synchronized (reports) {
            return Optional.ofNullable(reports.get(id));
        }
    }

    /** Recent cycle reports, newest first. */
    public List<CycleReport> recentReports() {
        synchronized (reports) {
            List<CycleReport> list = new ArrayList<>(reports.values());
            Collections.reverse(list);
            return list;
        }
    }

    /** Re-reads the ecosystem from chain and records every new or changed token; returns how many changed. */
    public int refreshTokens() {
        EngineRecorder recorder = require().recorder;
        Ecosystem ecosystem = directory.discover();
        int changed = 0;
        for (Token token : ecosystem.tokens()) {
            Optional<TokenState> known = recorder.read(m -> m.tokens().find(token.mint()));
            if (known.isEmpty() || !known.get().token().equals(token)) {
                recorder.record(new JournalEntry.TokenRegistered(token));
                if (known.isEmpty()) {
                    events.publish(new DomainEvent.TokenDiscovered(recorder.now(), token));
                }
                changed++;
            }
        }
        return changed;
    }

    /** @return false when the mint is not an ecosystem token */
    public boolean pause(Address mint, String reason, String actor) {
        EngineRecorder recorder = require().recorder;
        if (!recorder.read(m -> m.tokens().contains(mint))) {
            return false;
        }
        recorder.record(new JournalEntry.TokenPaused(mint, reason, actor));
        events.publish(new DomainEvent.TokenPaused(recorder.now(), mint, reason));
        return true;
    }

    /** @return false when the mint is not an ecosystem token */
    public boolean resume(Address mint, String actor) {
        EngineRecorder recorder = require().recorder;
        Optional<TokenState> state = recorder.read(m -> m.tokens().find(mint));
        if (state.isEmpty()) {
            return false;
        }
        if (state.get().status() == TokenStatus.PAUSED) {
            recorder.record(new JournalEntry.TokenResumed(mint, actor));
            events.publish(new DomainEvent.TokenResumed(recorder.now(), mint));
        }
        return true;
    }

    /** Lets a dead-lettered token run again at the next cycle. @return false when it has no open entry */
    public boolean retryDeadLetter(Address mint, String actor) {
        EngineRecorder recorder = require().recorder;
        if (recorder.read(m -> m.deadLetters().find(mint, recorder.now())).isEmpty()) {
            return false;
        }
        recorder.record(new JournalEntry.DeadLetterRetried(mint, actor));
        return true;
    }

    /** Forgets a dead-letter entry. @return false when it has no open entry */
    public boolean dropDeadLetter(Address mint, String actor) {
        EngineRecorder recorder = require().recorder;
        if (recorder.read(m -> m.deadLetters().find(mint, recorder.now())).isEmpty()) {
            return false;
        }
        recorder.record(new JournalEntry.DeadLetterDropped(mint, actor));
        return true;
    }

    /** Stops all cycles until released; survives restarts. A cycle already running finishes its current step. */
    public void engageEmergencyStop(String reason, String actor) {
        EngineRecorder recorder = require().recorder;
        recorder.record(new JournalEntry.EmergencyStopChanged(true, reason, actor));
        events.publish(new DomainEvent.HealthChanged(recorder.now(), "emergency-stop", false, reason));
        notifier.notify(new Alert(AlertKind.EMERGENCY_STOP,
                Severity.CRITICAL, recorder.now(), "Emergency stop engaged",
                actor + ": " + reason, Map.of("actor", actor)));
    }

    public void releaseEmergencyStop(String actor) {
        EngineRecorder recorder = require().recorder;
        recorder.record(new JournalEntry.EmergencyStopChanged(false, "released", actor));
        events.publish(new DomainEvent.HealthChanged(recorder.now(), "emergency-stop", true, "released by " + actor));
    }

    /** Journals an operator's call and how it ended (the admin interfaces call this for every request). */
    public void recordAdminAction(String actor, String action, String outcome) {
        require().recorder.record(new JournalEntry.AdminActionRecorded(actor, action, outcome));
    }

    /** Writes a snapshot of the current state (after flushing the journal it depends on). */
    public void saveSnapshot() {
        EngineRecorder recorder = require().recorder;
        EngineState state = recorder.read(EngineModel::toState);
        journal.flush();
        stateStore.save(state);
    }

    /**
     * The first half of a graceful stop: no new cycle or step starts; waits up to {@code timeout} for the step being
     * sent. A step still unfinished stays in flight (its INTENT is journaled) and is resolved at the next start.
     *
     * @return whether no cycle was running any more when this returned
     */
    public boolean drain(Duration timeout) throws InterruptedException {
        Running r = running;
        if (r == null) {
            return true;
        }
        r.cycles.stopAfterCurrentStep();
        return r.cycles.awaitIdle(timeout);
    }

    /** Journals the stop, saves a snapshot and releases the run lock. Safe to call twice. */
    public synchronized void stop(String reason) {
        Running r = running;
        if (r == null) {
            return;
        }
        try {
            r.recorder.record(new JournalEntry.EngineStopped(reason));
            saveSnapshot();
        } finally {
            running = null;
            r.lock.close();
        }
    }

    public boolean isStarted() {
        return running != null;
    }

    private Running require() {
        Running r = running;
        if (r == null) {
            throw new IllegalStateException("the engine is not started; call start() first");
        }
        return r;
    }

    private static String version() {
        String v = BurnEngine.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    private record Running(RunLock.Handle lock, EngineRecorder recorder, TrackFees fees, RunCycle cycles) {
    }

    /** Collects the ports; every port but the event sink, the notifier and the clock is required. */
    public static final class Builder {
        private FeeSource feeSource;
        private ChainState chainState;
        private CycleExecutor executor;
        private TokenDirectory directory;
        private StateStore stateStore;
        private Journal journal;
        private RunLock runLock;
        private EventSink events = EventSink.NONE;
        private Notifier notifier = Notifier.NONE;
        private Clock clock = Clock.systemUTC();
        private EngineSettings settings;

        private Builder() {}

        public Builder feeSource(FeeSource v) {
            this.feeSource = v;
            return this;
        }

        public Builder chainState(ChainState v) {
            this.chainState = v;
            return this;
        }

        public Builder cycleExecutor(CycleExecutor v) {
            this.executor = v;
            return this;
        }

        public Builder tokenDirectory(TokenDirectory v) {
            this.directory = v;
            return this;
        }

        public Builder stateStore(StateStore v) {
            this.stateStore = v;
            return this;
        }

        public Builder journal(Journal v) {
            this.journal = v;
            return this;
        }

        public Builder runLock(RunLock v) {
            this.runLock = v;
            return this;
        }

        public Builder eventSink(EventSink v) {
            this.events = Objects.requireNonNull(v, "eventSink");
            return this;
        }

        public Builder notifier(Notifier v) {
            this.notifier = Objects.requireNonNull(v, "notifier");
            return this;
        }

        public Builder clock(Clock v) {
            this.clock = Objects.requireNonNull(v, "clock");
            return this;
        }

        public Builder settings(EngineSettings v) {
            this.settings = v;
            return this;
        }

        public BurnEngine build() {
            return new BurnEngine(this);
        }
    }
}
