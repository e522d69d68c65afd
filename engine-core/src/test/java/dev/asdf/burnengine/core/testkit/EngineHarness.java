package dev.asdf.burnengine.core.testkit;

import dev.asdf.burnengine.core.BurnEngine;
import dev.asdf.burnengine.core.EngineSettings;
import dev.asdf.burnengine.core.StartResult;
import dev.asdf.burnengine.core.token.Token;
import java.time.Instant;

/**
 * A whole engine over a {@link FakeChain} and in-memory ports, with "process restarts" that keep the journal, the
 * snapshot store and the chain but build a fresh engine, as a crash and restart would.
 */
public final class EngineHarness {
    public final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T12:00:00Z"));
    public final FakeChain chain = new FakeChain(clock);
    public final InMemoryJournal journal = new InMemoryJournal();
    public final InMemoryStateStore store = new InMemoryStateStore();
    public final InMemoryRunLock lock = new InMemoryRunLock(clock);
    public final RecordingEventSink events = new RecordingEventSink();
    public final RecordingNotifier alerts = new RecordingNotifier();
    private EngineSettings settings = EngineSettings.defaults("test-ecosystem");
    private BurnEngine engine;

    public EngineHarness() {
        chain.watching(journal);
    }

    public EngineHarness withTokens(Token... tokens) {
        for (Token t : tokens) {
            chain.withToken(t);
        }
        return this;
    }

    public EngineHarness withSettings(EngineSettings newSettings) {
        this.settings = newSettings;
        return this;
    }

    public BurnEngine newEngine() {
        return BurnEngine.builder()
                .feeSource(chain).chainState(chain).cycleExecutor(chain).tokenDirectory(chain)
                .stateStore(store).journal(journal).runLock(lock)
                .eventSink(events).notifier(alerts).clock(clock)
                .settings(settings)
                .build();
    }

    /** Builds and starts an engine; fails the test unless it starts. */
    public BurnEngine start() {
        engine = newEngine();
        StartResult result = engine.start("test-harness");
        if (!(result instanceof StartResult.Started)) {
            throw new AssertionError("engine did not start: " + result);
        }
        return engine;
    }

    /** Simulates a crash: the engine object is dropped without stop(), the lock is released as by the OS. */
    public BurnEngine crashAndRestart() {
        engine = null;
        lock.releaseAsIfTheProcessDied();
        return start();
    }

    public BurnEngine engine() {
        return engine;
    }
}
