package dev.asdf.burnengine.core.embedding;

// tag::example[]
import dev.asdf.burnengine.core.BurnEngine;
import dev.asdf.burnengine.core.EngineSettings;
import dev.asdf.burnengine.core.StartResult;
import dev.asdf.burnengine.core.cycle.CycleReport;
import dev.asdf.burnengine.core.event.DomainEvent;
import dev.asdf.burnengine.core.fee.PollReport;
import dev.asdf.burnengine.core.port.ChainState;
import dev.asdf.burnengine.core.port.CycleExecutor;
import dev.asdf.burnengine.core.port.FeeSource;
import dev.asdf.burnengine.core.port.Journal;
import dev.asdf.burnengine.core.port.RunLock;
import dev.asdf.burnengine.core.port.StateStore;
import dev.asdf.burnengine.core.port.TokenDirectory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Polls fees once and runs one cycle with whatever ports the application provides. */
public final class EmbeddingExample {

    public static CycleReport pollAndRunOneCycle(FeeSource fees, ChainState chain, CycleExecutor executor,
            TokenDirectory tokens, StateStore store, Journal journal, RunLock lock, List<String> log) {
        BurnEngine engine = BurnEngine.builder()
                .feeSource(fees)
                .chainState(chain)
                .cycleExecutor(executor)
                .tokenDirectory(tokens)
                .stateStore(store)
                .journal(journal)
                .runLock(lock)
                .eventSink(event -> {
                    if (event instanceof DomainEvent.StepConfirmed confirmed) {
                        log.add("burned " + confirmed.outcome().tokensBurned().value() + " of "
                                + confirmed.step().token().label());
                    }
                })
                .clock(Clock.systemUTC())
                .settings(EngineSettings.defaults("my-ecosystem"))
                .build();

        StartResult start = engine.start("my-app");
        if (start instanceof StartResult.LockHeld held) {
            throw new IllegalStateException(held.holder().describe());
        }
        if (start instanceof StartResult.Refused refused) {
            throw new IllegalStateException(refused.reason());
        }
        try {
            PollReport poll = engine.trackFees();
            log.add("credited " + poll.credited() + " fee events");
            CycleReport report = engine.runCycle();
            log.add(report.status() + ": " + report.message());
            return report;
        } finally {
            engine.stop("done");
        }
    }
}
// end::example[]
