package dev.asdf.burnengine.http.api;

import dev.asdf.burnengine.http.metrics.MetricNames;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;

/**
 * The fee source's poll statistics as the seed's {@code daemon} object showed them, read back from the meters that
 * {@link dev.asdf.burnengine.http.metrics.PrometheusEngineMetrics} keeps (zeros and -1 when that sink is not wired).
 *
 * @param errorRate failed fraction of the last 100 polls (0..1)
 * @param lastPollMs milliseconds since the last poll finished, -1 if none yet
 * @param lagMs milliseconds since the source was last caught up with the chain, -1 if never
 */
record PollStats(long pollCount, long pollErrors, double errorRate, long lastPollMs, long lagMs) {

    static PollStats read(MeterRegistry registry, Clock clock) {
        long ok = count(registry, "ok");
        long errors = count(registry, "error");
        double rate = gauge(registry, MetricNames.FEE_POLL_ERROR_RATE);
        double last = gauge(registry, MetricNames.FEE_LAST_POLL);
        double lag = gauge(registry, MetricNames.FEE_POLL_LAG);
        long lastMs = Double.isNaN(last) ? -1 : Math.max(0, clock.millis() - Math.round(last * 1000));
        return new PollStats(ok + errors, errors, Double.isNaN(rate) ? 0 : rate, lastMs,
                Double.isNaN(lag) ? -1 : Math.round(lag * 1000));
    }

    private static long count(MeterRegistry registry, String outcome) {
        Counter c = registry.find(MetricNames.FEE_POLLS).tag("outcome", outcome).counter();
        return c == null ? 0 : (long) c.count();
    }

    private static double gauge(MeterRegistry registry, String name) {
        Gauge g = registry.find(name).gauge();
        return g == null ? Double.NaN : g.value();
    }
}
