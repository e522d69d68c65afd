package dev.asdf.burnengine.core;

import dev.asdf.burnengine.core.cycle.CycleSettings;
import dev.asdf.burnengine.core.deadletter.DeadLetterPolicy;
import java.util.Objects;

/**
 * How the engine behaves, independent of where it runs.
 *
 * @param configFingerprint identifies the ecosystem and cluster the state belongs to; saved state with another
 *                          fingerprint is refused at start
 * @param feePageSize transactions per fee-source page
 * @param feeMaxPagesPerPoll pages per poll (a long catch-up continues in the next poll)
 * @param burnHistory recent burns kept in memory and in snapshots
 * @param reportHistory recent cycle reports kept in memory for the API
 */
public record EngineSettings(String configFingerprint, CycleSettings cycles, DeadLetterPolicy deadLetters,
        int feePageSize, int feeMaxPagesPerPoll, int burnHistory, int reportHistory) {

    public EngineSettings {
        Objects.requireNonNull(configFingerprint, "configFingerprint");
        Objects.requireNonNull(cycles, "cycles");
        Objects.requireNonNull(deadLetters, "deadLetters");
        if (feePageSize < 1 || feeMaxPagesPerPoll < 1 || burnHistory < 1 || reportHistory < 1) {
            throw new IllegalArgumentException("page size, pages per poll, burn history and report history must be"
                    + " at least 1, got " + feePageSize + ", " + feeMaxPagesPerPoll + ", " + burnHistory + ", " + reportHistory);
        }
    }

    public static EngineSettings defaults(String configFingerprint) {
        return new EngineSettings(configFingerprint, CycleSettings.defaults(), DeadLetterPolicy.defaults(), 100, 50, 1000, 50);
    }

    public EngineSettings withCycles(CycleSettings newCycles) {
        return new EngineSettings(configFingerprint, newCycles, deadLetters, feePageSize, feeMaxPagesPerPoll, burnHistory,
                reportHistory);
    }

    public EngineSettings withDeadLetters(DeadLetterPolicy policy) {
        return new EngineSettings(configFingerprint, cycles, policy, feePageSize, feeMaxPagesPerPoll, burnHistory,
                reportHistory);
    }
}
