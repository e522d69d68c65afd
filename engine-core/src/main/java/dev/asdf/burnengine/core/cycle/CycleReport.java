package dev.asdf.burnengine.core.cycle;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The result of running (or refusing to run) one cycle. */
public record CycleReport(CycleId id, Status status, String message, CyclePlan plan, List<StepResult> results,
        Instant startedAt, Instant finishedAt) {

    /** A closed set the runners map to exit codes and alerts. */
    public enum Status {
        /** Every planned step confirmed. */
        COMPLETED,
        /** The plan had no steps; see the plan's decisions. */
        NOTHING_TO_DO,
        /** Some steps confirmed, some did not. */
        PARTIAL,
        /** Steps were planned and none confirmed. */
        FAILED,
        /** The engine would not run a cycle (emergency stop, unresolved steps, ...); see the message. */
        REFUSED
    }

    public CycleReport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
        results = List.copyOf(results);
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
    }
}
