package dev.asdf.burnengine.core;

import dev.asdf.burnengine.core.config.ConfigSection;
import dev.asdf.burnengine.core.config.ConfigTree;
import dev.asdf.burnengine.core.cycle.CycleSettings;
import dev.asdf.burnengine.core.cycle.PlannerLimits;
import dev.asdf.burnengine.core.deadletter.DeadLetterPolicy;
import dev.asdf.burnengine.core.money.Lamports;
import java.time.Duration;
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

    /**
     * Reads the engine's own keys: {@code cycle.*}, {@code deadLetter.*}, {@code fees.pageSize},
     * {@code fees.maxPagesPerPoll}, {@code history.*} and the alert thresholds under {@code alerts.*}.
     */
    public static EngineSettings from(ConfigTree config, String configFingerprint) {
        EngineSettings d = defaults(configFingerprint);
        ConfigSection cycle = config.section("cycle");
        ConfigSection alerts = config.section("alerts");
        ConfigSection deadLetter = config.section("deadLetter");
        ConfigSection fees = config.section("fees");
        ConfigSection history = config.section("history");
        CycleSettings c = d.cycles();
        long cap = cycle.lamports("maxSpendPerCycle", 0);
        PlannerLimits limits = new PlannerLimits(
                cycle.integer("maxSecondariesPerCycle", c.limits().maxSecondariesPerCycle(), 0, 64),
                Lamports.of(cap == 0 ? Long.MAX_VALUE : cap));
        CycleSettings cycles = new CycleSettings(limits,
                cycle.lamports("reconcileTolerance", c.reconcileToleranceLamports()),
                alerts.lamports("ledgerDiscrepancyAbove", c.discrepancyAlertLamports()),
                alerts.integer("repeatedFailuresAfter", c.repeatedFailureAlertAfter(), 1, 1000),
                Lamports.of(alerts.lamports("lowFeePayerBalance", c.lowFeePayerBalance().value())));
        DeadLetterPolicy p = d.deadLetters();
        DeadLetterPolicy policy = new DeadLetterPolicy(
                positive(deadLetter, "baseDelay", p.baseDelay()),
                deadLetter.integer("maxRetries", p.maxRetries(), 0, 20),
                positive(deadLetter, "expiry", p.expiry()),
                p.resolvedHistory());
        return new EngineSettings(configFingerprint, cycles, policy,
                fees.integer("pageSize", d.feePageSize(), 1, 1000),
                fees.integer("maxPagesPerPoll", d.feeMaxPagesPerPoll(), 1, 100_000),
                history.integer("burns", d.burnHistory(), 1, 100_000),
                history.integer("cycleReports", d.reportHistory(), 1, 10_000));
    }

    private static Duration positive(ConfigSection section, String key, Duration defaultValue) {
        Duration d = section.duration(key, defaultValue);
        if (d.isNegative() || d.isZero()) {
            section.problem(key, d, "must be longer than zero");
            return defaultValue;
        }
        return d;
    }

    public EngineSettings withFingerprint(String fingerprint) {
        return new EngineSettings(fingerprint, cycles, deadLetters, feePageSize, feeMaxPagesPerPoll, burnHistory,
                reportHistory);
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
