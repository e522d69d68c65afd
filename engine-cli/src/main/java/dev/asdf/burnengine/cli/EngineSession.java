package dev.asdf.burnengine.cli;

import dev.asdf.burnengine.core.BurnEngine;
import dev.asdf.burnengine.core.StartResult;
import dev.asdf.burnengine.core.alert.Alert;
import dev.asdf.burnengine.core.cycle.ChainSnapshot;
import dev.asdf.burnengine.core.fee.PollReport;
import dev.asdf.burnengine.core.port.ChainUnavailableException;
import dev.asdf.burnengine.core.port.Notifier;
import dev.asdf.burnengine.http.alert.WebhookNotifier;
import dev.asdf.burnengine.persistence.FilePersistence;
import dev.asdf.burnengine.persistence.JournalCorruptException;
import dev.asdf.burnengine.persistence.SnapshotTooNewException;
import dev.asdf.burnengine.persistence.StateDirectory;
import dev.asdf.burnengine.solana.ChainConnection;
import dev.asdf.burnengine.solana.ChainConnections;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine started by a one-shot command, wired by hand: it holds the run lock from {@link #start} to
 * {@link #close}, exactly like the daemon, so the two never run cycles on one state directory at once.
 */
final class EngineSession implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger("dev.asdf.burnengine.alerts");
    /** A cron run catches up at most this many fee pages before it plans; the rest waits for the next run. */
    private static final int MAX_CATCH_UP_POLLS = 200;

    private final FilePersistence files;
    private final ChainConnection chain;
    private final BurnEngine engine;
    private final Optional<WebhookNotifier> webhooks;
    private boolean stopped;

    private EngineSession(FilePersistence files, ChainConnection chain, BurnEngine engine,
            Optional<WebhookNotifier> webhooks) {
        this.files = files;
        this.chain = chain;
        this.engine = engine;
        this.webhooks = webhooks;
    }

    /**
     * Opens the state directory and the chain, takes the run lock, restores the state and resolves what a previous
     * run left in flight.
     *
     * @param command how this process was started, shown to a process that finds the lock taken
     * @throws CliFailure with the exit code for a held lock, foreign or damaged state
     */
    static EngineSession start(CliSettings settings, String command, Progress progress) {
        Clock clock = Clock.systemUTC();
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        FilePersistence files = FilePersistence.open(settings.stateDir(), settings.persistence(), clock, meters);
        ChainConnection chain;
        try {
            chain = ChainConnections.open(settings.solana(), files.root().resolve(StateDirectory.SANDBOX), clock, meters);
        } catch (ChainUnavailableException e) {
            files.close();
            throw new CliFailure(ExitCode.CHAIN_UNREACHABLE, "the chain is unreachable: " + e.getMessage()
                    + "; check rpc.endpoints and the network, then run again", e);
        }
        Optional<WebhookNotifier> webhooks = settings.webhooks().isEmpty()
                ? Optional.empty() : Optional.of(new WebhookNotifier(settings.webhooks()));
        Notifier notifier = alert -> {
            log(alert);
            webhooks.ifPresent(w -> w.notify(alert));
        };
        BurnEngine engine = BurnEngine.builder()
                .feeSource(chain.feeSource())
                .chainState(chain.chainState())
                .cycleExecutor(chain.cycleExecutor())
                .tokenDirectory(chain.tokenDirectory())
                .journal(files.journal())
                .stateStore(files.stateStore())
                .runLock(files.runLock())
                .notifier(notifier)
                .clock(clock)
                .settings(settings.engine())
                .build();
        progress.step("opening " + files.root() + " on " + chain.describe());
        StartResult result;
        try {
            result = engine.start(command);
        } catch (JournalCorruptException | SnapshotTooNewException e) {
            chain.close();
            files.close();
            throw new CliFailure(ExitCode.INTEGRITY_FAILURE, e.getMessage(), e);
        } catch (RuntimeException e) {
            chain.close();
            files.close();
            throw e;
        }
        if (!(result instanceof StartResult.Started started)) {
            chain.close();
            files.close();
            if (result instanceof StartResult.LockHeld held) {
                throw new CliFailure(ExitCode.LOCK_HELD, held.holder().describe() + "; while the daemon runs, ask it"
                        + " instead with --via http://127.0.0.1:3030 (its address), or stop it first");
            }
            throw new CliFailure(ExitCode.INTEGRITY_FAILURE, ((StartResult.Refused) result).reason());
        }
        started.warnings().forEach(progress::warn);
        files.snapshotWarnings().forEach(progress::warn);
        if (started.replayed() > 0 || !started.resolved().resolved().isEmpty()) {
            progress.step("state restored: " + started.replayed() + " journal entries replayed, "
                    + started.resolved().resolved().size() + " step(s) left in flight resolved");
        }
        return new EngineSession(files, chain, engine, webhooks);
    }

    BurnEngine engine() {
        return engine;
    }

    ChainConnection chain() {
        return chain;
    }

    /** Pulls fee events until the source has nothing newer (bounded), showing progress. */
    PollReport catchUpFees(Progress progress) {
        int credited = 0;
        PollReport last = null;
        for (int poll = 1; poll <= MAX_CATCH_UP_POLLS; poll++) {
            last = engine.trackFees();
            credited += last.credited();
            if (last.failed()) {
                progress.warn("fee tracking stopped early: " + last.error() + "; the plan uses the fees seen so far");
                return last;
            }
            if (last.caughtUp()) {
                break;
            }
            progress.step("fees: " + credited + " event(s) credited so far (poll " + poll + ")");
        }
        progress.step("fees: caught up, " + credited + " new event(s) credited");
        return last;
    }

    /**
     * Reads the chain as a cycle would.
     *
     * @throws CliFailure exit 5 when the chain cannot be read
     */
    ChainSnapshot readChain() {
        try {
            return chain.chainState().read(engine.view().tokens().stream().map(t -> t.state().token()).toList());
        } catch (ChainUnavailableException e) {
            throw new CliFailure(ExitCode.CHAIN_UNREACHABLE, "the chain is unreachable: " + e.getMessage()
                    + "; check rpc.endpoints and the network, then run again", e);
        }
    }

    /** Journals the stop, snapshots, releases the lock and the chain, and gives alerts a moment to leave. */
    @Override
    public void close() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            engine.stop("engine-cli finished");
        } finally {
            chain.close();
            files.close();
            webhooks.ifPresent(w -> w.awaitDelivery(Duration.ofSeconds(10)));
        }
    }

    private static void log(Alert alert) {
        LOG.warn("ALERT {} {}: {} {}", alert.kind(), alert.title(), alert.message(), alert.details());
    }
}
