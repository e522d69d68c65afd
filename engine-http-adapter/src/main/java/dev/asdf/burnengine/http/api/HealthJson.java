package dev.asdf.burnengine.http.api;

import dev.asdf.burnengine.http.EngineHealth;
import java.util.List;

/**
 * {@code GET /health}: the engine's overall condition with the reasons, for people and for monitors.
 *
 * @param status {@code healthy}, {@code degraded} or {@code unhealthy} (HTTP 503)
 * @param uptime milliseconds since the HTTP adapter started
 * @param problems why the status is not healthy, one sentence each
 */
record HealthJson(String status, long uptime, long checkedAt, boolean ready, List<String> problems, EngineJson engine,
        FeesJson.PollJson fees, TokenCountsJson tokens, List<ComponentJson> components) {

    /** @param deadLetters open dead-letter entries */
    record EngineJson(long journalSeq, boolean cycleRunning, EmergencyStopJson emergencyStop, int inFlightSteps,
            long deadLetters, int consecutiveFailures) {
    }

    record TokenCountsJson(int tracked, long active, long paused, long deferred) {
    }

    record ComponentJson(String name, String status, String detail) {
        static ComponentJson of(EngineHealth.Component c) {
            return new ComponentJson(c.name(), c.status().name(), c.detail());
        }
    }
}
