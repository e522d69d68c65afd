package dev.asdf.burnengine.http.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asdf.burnengine.core.event.DomainEvent;
import dev.asdf.burnengine.core.testkit.MutableClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PrometheusEngineMetricsTest {
    private final MutableClock clock = MutableClock.at("2026-11-28T12:00:00Z");
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final PrometheusEngineMetrics metrics = new PrometheusEngineMetrics(registry, clock);

    private DomainEvent.FeesPolled poll(int credited, boolean caughtUp, String error) {
        return new DomainEvent.FeesPolled(clock.instant(), credited, 0, caughtUp, error);
    }

    private double gauge(String name) {
        return registry.get(name).gauge().value();
    }

    @Test
    void pollsAreCountedByOutcome() {
        metrics.publish(poll(3, true, ""));
        metrics.publish(poll(0, false, "rpc timeout"));
        assertThat(registry.get(MetricNames.FEE_POLLS).tag("outcome", "ok").counter().count()).isEqualTo(1);
        assertThat(registry.get(MetricNames.FEE_POLLS).tag("outcome", "error").counter().count()).isEqualTo(1);
        assertThat(registry.get(MetricNames.FEE_EVENTS).tag("kind", "credited").counter().count()).isEqualTo(3);
    }

    @Test
    void theErrorRateCoversTheLastHundredPolls() {
        for (int i = 0; i < 10; i++) {
            metrics.publish(poll(0, true, "rpc timeout"));
        }
        assertThat(gauge(MetricNames.FEE_POLL_ERROR_RATE)).isEqualTo(1.0);
        for (int i = 0; i < PrometheusEngineMetrics.POLL_WINDOW; i++) {
            metrics.publish(poll(0, true, ""));
        }
        assertThat(gauge(MetricNames.FEE_POLL_ERROR_RATE)).isZero();
    }

    @Test
    void lagIsTheTimeSinceTheSourceWasLastCaughtUp() {
        assertThat(gauge(MetricNames.FEE_POLL_LAG)).isNaN();
        metrics.publish(poll(0, true, ""));
        clock.advance(Duration.ofSeconds(30));
        metrics.publish(poll(0, false, ""));
        assertThat(gauge(MetricNames.FEE_POLL_LAG)).isEqualTo(30.0);
    }

    @Test
    void uptimeFollowsTheClock() {
        clock.advance(Duration.ofMinutes(2));
        assertThat(gauge(MetricNames.UPTIME)).isEqualTo(120.0);
    }

    @Test
    void componentHealthIsAGaugePerComponent() {
        metrics.publish(new DomainEvent.HealthChanged(clock.instant(), "emergency-stop", false, "drill"));
        assertThat(registry.get(MetricNames.COMPONENT_HEALTHY).tag("component", "emergency-stop").gauge().value()).isZero();
        metrics.publish(new DomainEvent.HealthChanged(clock.instant(), "emergency-stop", true, "released"));
        assertThat(registry.get(MetricNames.COMPONENT_HEALTHY).tag("component", "emergency-stop").gauge().value()).isEqualTo(1);
    }

    @Test
    void everyEventIsCountedByType() {
        metrics.publish(poll(0, true, ""));
        metrics.publish(poll(0, true, ""));
        assertThat(registry.get(MetricNames.EVENTS).tag("type", "fees_polled").counter().count()).isEqualTo(2);
    }
}
