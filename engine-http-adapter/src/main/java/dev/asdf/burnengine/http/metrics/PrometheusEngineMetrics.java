package dev.asdf.burnengine.http.metrics;

import dev.asdf.burnengine.core.event.DomainEvent;
import dev.asdf.burnengine.core.port.EventSink;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the engine's domain events into Micrometer meters: fee-source polls, their error rate and detection lag,
 * step outcomes, cycle durations and component health. Compose it into the engine's event sink; the state-derived
 * meters (per-token fees, burns, cycles by outcome) come from {@link MetricsEndpoint} at each scrape.
 *
 * <p>{@link #publish} only updates in-memory counters and gauges: it never blocks and never throws.
 */
public final class PrometheusEngineMetrics implements EventSink {
    static final int POLL_WINDOW = 100;
    private static final Logger LOG = LoggerFactory.getLogger(PrometheusEngineMetrics.class);

    private final MeterRegistry registry;
    private final Clock clock;
    private final Instant startedAt;
    private final Counter pollsOk;
    private final Counter pollsFailed;
    private final Counter feesCredited;
    private final Counter feesDuplicate;
    private final Counter rejections;
    private final Counter unattributed;
    private final Counter adjustments;
    private final Map<String, Counter> steps = new ConcurrentHashMap<>();
    private final Map<String, Counter> events = new ConcurrentHashMap<>();
    private final Map<String, Timer> cycleDurations = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> componentHealth = new ConcurrentHashMap<>();
    private final PollWindow window = new PollWindow(POLL_WINDOW);
    private final AtomicLong lastPollMillis = new AtomicLong(-1);
    private final AtomicLong lastCaughtUpMillis = new AtomicLong(-1);

    /**
     * @param registry the process's shared registry (the daemon passes the same one to every adapter)
     * @param clock the engine's clock, for uptime and lag
     */
    public PrometheusEngineMetrics(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
        this.startedAt = clock.instant();
        Gauge.builder(MetricNames.UPTIME, this, m -> seconds(Duration.between(m.startedAt, m.clock.instant())))
                .description("Seconds since the engine's metrics started").register(registry);
        pollsOk = Counter.builder(MetricNames.FEE_POLLS).tag("outcome", "ok")
                .description("Fee-source polls by outcome").register(registry);
        pollsFailed = Counter.builder(MetricNames.FEE_POLLS).tag("outcome", "error")
                .description("Fee-source polls by outcome").register(registry);
        Gauge.builder(MetricNames.FEE_POLL_ERROR_RATE, window, PollWindow::errorRate)
                .description("Failed fraction of the last " + POLL_WINDOW + " fee-source polls").register(registry);
        Gauge.builder(MetricNames.FEE_LAST_POLL, lastPollMillis, v -> v.get() < 0 ? Double.NaN : v.get() / 1000.0)
                .description("When the last fee-source poll finished (epoch seconds)").register(registry);
        Gauge.builder(MetricNames.FEE_POLL_LAG, this, PrometheusEngineMetrics::lagSeconds)
                .description("Seconds since the fee source was last caught up with the chain").register(registry);
        feesCredited = Counter.builder(MetricNames.FEE_EVENTS).tag("kind", "credited")
                .description("Fee events seen by polls, by kind").register(registry);
        feesDuplicate = Counter.builder(MetricNames.FEE_EVENTS).tag("kind", "duplicate")
                .description("Fee events seen by polls, by kind").register(registry);
        rejections = Counter.builder(MetricNames.FEE_REJECTIONS)
                .description("Fee events decoded but refused").register(registry);
        unattributed = Counter.builder(MetricNames.UNATTRIBUTED_DEPOSITS)
                .description("Vault deposits that matched no trade event").register(registry);
        adjustments = Counter.builder(MetricNames.LEDGER_ADJUSTMENTS)
                .description("Journaled reconciliation adjustments").register(registry);
    }

    @Override
    public void publish(DomainEvent event) {
        try {
            record(event);
        } catch (RuntimeException e) {
            // a meter that cannot be updated must not stop the engine: the sink contract is "never throw"
            LOG.warn("metrics could not record a {} event: {}", event.getClass().getSimpleName(), e.toString());
        }
    }

    private void record(DomainEvent event) {
        events.computeIfAbsent(EventNames.of(event), type -> Counter.builder(MetricNames.EVENTS).tag("type", type)
                .description("Domain events published by the engine, by type").register(registry)).increment();
        if (event instanceof DomainEvent.FeesPolled p) {
            boolean failed = !p.error().isEmpty();
            (failed ? pollsFailed : pollsOk).increment();
            window.record(failed);
            feesCredited.increment(p.credited());
            feesDuplicate.increment(p.duplicates());
            lastPollMillis.set(p.at().toEpochMilli());
            if (p.caughtUp()) {
                lastCaughtUpMillis.set(p.at().toEpochMilli());
            }
        } else if (event instanceof DomainEvent.FeeRejected) {
            rejections.increment();
        } else if (event instanceof DomainEvent.UnattributedCredited) {
            unattributed.increment();
        } else if (event instanceof DomainEvent.LedgerAdjusted) {
            adjustments.increment();
        } else if (event instanceof DomainEvent.StepConfirmed) {
            step("confirmed");
        } else if (event instanceof DomainEvent.StepFailed f) {
            step(StepOutcomeNames.of(f.outcome()));
        } else if (event instanceof DomainEvent.CycleFinished c) {
            String status = c.report().status().name().toLowerCase(Locale.ROOT);
            cycleDurations.computeIfAbsent(status, s -> Timer.builder(MetricNames.CYCLE_DURATION).tag("status", s)
                    .description("Wall time of cycles, by final status").register(registry))
                    .record(Duration.between(c.report().startedAt(), c.report().finishedAt()));
        } else if (event instanceof DomainEvent.HealthChanged h) {
            componentHealth.computeIfAbsent(h.component(), name -> {
                AtomicInteger value = new AtomicInteger();
                Gauge.builder(MetricNames.COMPONENT_HEALTHY, value, AtomicInteger::get).tag("component", name)
                        .description("1 while the component reports healthy, 0 otherwise").register(registry);
                return value;
            }).set(h.healthy() ? 1 : 0);
        }
    }

    private void step(String outcome) {
        steps.computeIfAbsent(outcome, o -> Counter.builder(MetricNames.STEPS).tag("outcome", o)
                .description("Cycle steps by outcome").register(registry)).increment();
    }

    private double lagSeconds() {
        long caughtUp = lastCaughtUpMillis.get();
        return caughtUp < 0 ? Double.NaN : Math.max(0, clock.millis() - caughtUp) / 1000.0;
    }

    private static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }
}
