package dev.asdf.burnengine.solana.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/** What {@code simulateTransaction} said: the error (JSON null when none), the logs, the compute units used. */
public record Simulation(JsonNode err, List<String> logs, long unitsConsumed) {
    public Simulation {
        Objects.requireNonNull(err, "err");
        logs = List.copyOf(logs);
    }

    public boolean failed() {
        return !err.isNull() && !err.isMissingNode();
    }
}
