package dev.asdf.burnengine.persistence;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/** The values of the engine's metrics at one instant, kept as history across restarts. */
public record MetricSnapshot(Instant at, Map<String, Double> values) {
    public MetricSnapshot {
        Objects.requireNonNull(at, "at");
        values = Map.copyOf(values);
    }
}
