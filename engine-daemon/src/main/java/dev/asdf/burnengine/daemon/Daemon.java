package dev.asdf.burnengine.daemon;

import dev.asdf.burnengine.core.BurnEngine;
import dev.asdf.burnengine.core.StartResult;
import dev.asdf.burnengine.core.cycle.ChainSnapshot;
import dev.asdf.burnengine.core.cycle.CycleReport;
import dev.asdf.burnengine.core.port.ChainUnavailableException;
import dev.asdf.burnengine.core.query.EngineView;
import dev.asdf.burnengine.core.query.TokenView;
import dev.asdf.burnengine.core.schedule.CycleSchedule;
import dev.asdf.burnengine.http.HttpSettings;
import dev.asdf.burnengine.http.VertxApiServer;
import dev.asdf.burnengine.persistence.FilePersistence;
import dev.asdf.burnengine.persistence.JournalCorruptException;
import dev.asdf.burnengine.persistence.SnapshotTooNewException;
import dev.asdf.burnengine.solana.ChainConnection;
import io.micrometer.core.instrument.Meter;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.inject.Inject;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daemon's process lifecycle: start-up checks in order, the timers (fee polls, cycle scheduling, snapshots,
 * metric history, health), and a graceful stop on SIGTERM that stops planning, lets the step being sent finish (or
 * leaves it journaled in flight), stops the API, journals the stop, snapshots, and releases the lock, within a bound.
 */
final class Daemon {
    private static final Logger LOG = LoggerFactory.getLogger(Daemon.class);

    private final DaemonSettings settings;
    private final BurnEngine engine;
    private final FilePersistence files;
    private final ChainConnection chain;
    private final VertxApiServer http;
    private final DaemonHealth health;
    private final PrometheusMeterRegistry meters;
    private final Clock clock;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicBoolean stopping = new AtomicBoolean();
    private ScheduledExecutorService timers;
    private ScheduledExecutorService cycles;

    @Inject
    Daemon(DaemonSettings settings, BurnEngine engine, FilePersistence files, ChainConnection chain, VertxApiServer http,
            DaemonHealth health, PrometheusMeterRegistry meters, Clock clock) {
        this.settings = settings;
        this.engine = engine;
        this.files = files;
        this.chain = chain;
        this.http = http;
        this.health = health;
        this.meters = meters;
        this.clock = clock;
    }

    /**
     * Starts everything, prints where to look, and returns once started.
     *
     * @throws FatalStart with the exit code and the line to print
     */
    void start(String command, PrintStream out) {
        startEngine(command);
        ChainSnapshot snapshot = readChain();
        checkThreshold(snapshot);
        int port;
        try {
            port = http.start();
        } catch (IllegalStateException | IllegalArgumentException e) {
            engine.stop("the HTTP server could not start");
            throw new FatalStart(DaemonExit.CONFIGURATION_ERROR, e.getMessage(), e);
        }
        startTimers();
        printWhereToLook(out, port);
    }

    /** Blocks until {@link #stop} has finished. */
    void awaitStop() throws InterruptedException {
        stopped.await();
    }

    /** The graceful stop; safe to call from a shutdown hook and more than once. */
    void stop(String reason) {
        if (!stopping.compareAndSet(false, true)) {
            return;
        }
        LOG.info("stopping ({}): no new cycle starts; waiting up to {} s for the step being sent", reason,
                settings.timers().shutdownTimeout().toSeconds());
        try {
            if (timers != null) {
                // no interrupts: a poll may be inside a journal write; it finishes, no new one starts
                timers.shutdown();
            }
            boolean idle = engine.drain(settings.timers().shutdownTimeout());
            if (timers != null && !timers.awaitTermination(settings.timers().shutdownTimeout().toMillis(),
                    TimeUnit.MILLISECONDS)) {
                LOG.warn("a fee poll was still running after {} s; it is abandoned, its page is polled again at the"
                        + " next start", settings.timers().shutdownTimeout().toSeconds());
            }
            if (!idle) {
                LOG.warn("a cycle step was still being sent after {} s; it stays in flight in the journal and is resolved"
                        + " from chain at the next start", settings.timers().shutdownTimeout().toSeconds());
            }
            if (cycles != null) {
                cycles.shutdown();
            }
            http.stop();
            engine.stop(reason);
            chain.close();
            files.close();
            LOG.info("stopped cleanly: journal flushed, snapshot written, run lock released");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("the stop did not finish cleanly: {}; the journal is the source of truth and the next start"
                    + " recovers", e.toString(), e);
        } finally {
            stopped.countDown();
        }
    }

    private void startEngine(String command) {
        StartResult result;
        try {
            result = engine.start(command);
        } catch (JournalCorruptException | SnapshotTooNewException e) {
            throw new FatalStart(DaemonExit.INTEGRITY_FAILURE, e.getMessage(), e);
        }
        if (result instanceof StartResult.LockHeld held) {
            throw new FatalStart(DaemonExit.LOCK_HELD, held.holder().describe() + "; stop that process first, or point"
                    + " --state-dir at another directory");
        }
        if (result instanceof StartResult.Refused refused) {
            throw new FatalStart(DaemonExit.INTEGRITY_FAILURE, refused.reason());
        }
        StartResult.Started started = (StartResult.Started) result;
        started.warnings().forEach(w -> LOG.warn("start-up: {}", w));
        files.snapshotWarnings().forEach(w -> LOG.warn("start-up: {}", w));
        LOG.info("state loaded from {}: {} journal entries replayed, {} step(s) left in flight resolved",
                files.root(), started.replayed(), started.resolved().resolved().size());
        health.started(true);
    }

    private ChainSnapshot readChain() {
        try {
            ChainSnapshot snapshot = chain.chainState().read(engine.view().tokens().stream()
                    .map(t -> t.state().token()).toList());
            health.chainReached(true, "");
            return snapshot;
        } catch (ChainUnavailableException e) {
            engine.stop("the chain is unreachable at start");
            throw new FatalStart(DaemonExit.CHAIN_UNREACHABLE, "the chain is unreachable: " + e.getMessage()
                    + "; check rpc.endpoints and the network, then start again", e);
        }
    }

    private void checkThreshold(ChainSnapshot snapshot) {
        settings.schedule().thresholdProblem(snapshot.split().minRootAllocation()).ifPresent(problem -> {
            engine.stop("configuration error");
            throw new FatalStart(DaemonExit.CONFIGURATION_ERROR, problem);
        });
    }

    private void startTimers() {
        timers = Executors.newScheduledThreadPool(2, named("daemon-timer"));
        cycles = Executors.newSingleThreadScheduledExecutor(named("daemon-cycles"));
        chain.feeSource().onActivity(() -> timers.execute(this::pollFees));
        every(timers, settings.timers().feePollInterval(), this::pollFees);
        every(timers, settings.timers().snapshotInterval(), engine::saveSnapshot);
        every(timers, settings.timers().metricHistoryInterval(), this::recordMetricHistory);
        every(timers, Duration.ofSeconds(5), health::refresh);
        every(cycles, settings.timers().cycleCheckInterval(), this::cycleIfDue);
    }

    private void pollFees() {
        var report = engine.trackFees();
        if (report.failed()) {
            LOG.warn("fee poll stopped early: {}", report.error());
        } else if (report.credited() > 0) {
            LOG.debug("fee poll: {} credited over {} page(s)", report.credited(), report.pages());
        }
    }

    private void cycleIfDue() {
        EngineView view = engine.view();
        CycleSchedule.Decision decision = settings.schedule().decide(clock.instant(), view.totals().pending(),
                view.cycles().lastFinishedAt());
        if (!decision.due()) {
            LOG.debug("no cycle: {}", decision.reason());
            return;
        }
        CycleReport report = engine.runCycle();
        LOG.info("cycle {} {}: {}", report.id(), report.status(), report.message());
    }

    private void recordMetricHistory() {
        Map<String, Double> values = new LinkedHashMap<>();
        for (Meter meter : meters.getMeters()) {
            String name = meter.getId().getName();
            if (name.startsWith("burn_engine_") && meter.getId().getTags().isEmpty()) {
                meter.measure().forEach(m -> values.put(name + "." + m.getStatistic().getTagValueRepresentation(), m.getValue()));
            }
        }
        EngineView view = engine.view();
        values.put("pending_lamports", (double) view.totals().pending());
        values.put("tokens_burned", (double) view.tokens().stream().map(TokenView::totals).mapToLong(t -> t.tokensBurned()).sum());
        files.metricHistory().record(values);
    }

    private void printWhereToLook(PrintStream out, int port) {
        String base = "http://" + displayHost(settings.http().host()) + ":" + port;
        out.println("ASDF burn engine is running on " + chain.describe());
        out.println("  dashboard   " + base + "/");
        out.println("  API         " + base + "/api/openapi.json   metrics " + base + "/metrics   live feed "
                + base.replace("http://", "ws://") + "/ws");
        out.println("  state       " + files.root());
        out.println("  admin API   " + (settings.http().admin() instanceof HttpSettings.AdminAccess.TokenFile
                ? "enabled (bearer token from http.adminTokenFile)"
                : "disabled (set http.adminTokenFile to enable it)"));
        out.println("  stop with Ctrl-C or SIGTERM: the step being sent finishes, then the journal is flushed and a"
                + " snapshot written");
        out.flush();
    }

    private static String displayHost(String host) {
        return host.equals("0.0.0.0") ? "127.0.0.1" : host;
    }

    private void every(ScheduledExecutorService executor, Duration period, Runnable task) {
        long millis = period.toMillis();
        executor.scheduleWithFixedDelay(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.error("a scheduled task failed: {}", e.toString(), e);
            }
        }, millis, millis, TimeUnit.MILLISECONDS);
    }

    private static ThreadFactory named(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
