package dev.asdf.burnengine.solana.sandbox;

import dev.asdf.burnengine.core.config.ConfigSection;
import dev.asdf.burnengine.core.money.Lamports;
import dev.asdf.burnengine.core.schedule.CycleSchedule;
import dev.asdf.burnengine.core.schedule.TimeWindow;
import java.time.Duration;
import java.util.List;

/**
 * The embedded sandbox cluster: a simulated pump.fun ecosystem the engine runs against when no real cluster is
 * configured.
 *
 * @param seed makes every token, trade, fee and fault reproducible
 * @param tokens ecosystem tokens, the root included (at least 2)
 * @param tradesPerSecond simulated trades per second across all tokens, before {@code speed}
 * @param speed how much faster than real time the traders trade
 * @param faultRate share of sent cycle steps that fail or expire (1 = every one), to exercise retries and the
 *     dead-letter queue; a fifth of that share also fails before sending
 * @param minSecondaryAllocation the simulated program's minimum secondary allocation (the ASDF program's is 0.1 SOL)
 * @param minCycleInterval the simulated program's interval between two collections
 * @param confirmationDelay how long a sent transaction takes to confirm (300 ms ÷ speed unless set)
 */
public record SandboxSettings(long seed, int tokens, double tradesPerSecond, double speed, double faultRate,
        long minSecondaryAllocation, Duration minCycleInterval, Duration confirmationDelay) {

    public SandboxSettings {
        if (tokens < 2 || tokens > 100_000) {
            throw new IllegalArgumentException("sandbox tokens must be in 2..100000 (a root and at least one secondary), got " + tokens);
        }
        if (tradesPerSecond < 0 || speed <= 0 || faultRate < 0 || faultRate > 1) {
            throw new IllegalArgumentException("sandbox rates out of range: tradesPerSecond " + tradesPerSecond
                    + " (>= 0), speed " + speed + " (> 0), faultRate " + faultRate + " (0..1)");
        }
        if (confirmationDelay.isNegative()) {
            throw new IllegalArgumentException("sandbox confirmationDelay cannot be negative, got " + confirmationDelay);
        }
    }

    public static SandboxSettings defaults() {
        return new SandboxSettings(42, 6, 4.0, 1.0, 0.05, 100_000_000L, Duration.ofSeconds(60), Duration.ofMillis(300));
    }

    /**
     * The cycle schedule a runner uses on the sandbox unless {@code schedule.*} says otherwise: the simulated traders
     * fill the vaults in minutes, so a cycle may run every two minutes once 0.1 SOL is pending.
     */
    public static final CycleSchedule SCHEDULE = new CycleSchedule(Lamports.of(100_000_000), Duration.ofMinutes(2),
            List.of(TimeWindow.ALWAYS));

    /** Reads the {@code sandbox.*} keys. */
    public static SandboxSettings from(ConfigSection sandbox) {
        SandboxSettings d = defaults();
        int tokens = sandbox.integer("tokens", d.tokens(), 2, 100_000);
        double rate = sandbox.decimal("tradesPerSecond", d.tradesPerSecond(), 0, 100_000);
        double speed = sandbox.decimal("speed", d.speed(), 0.001, 10_000);
        double faults = sandbox.decimal("faultRate", d.faultRate(), 0, 1);
        return new SandboxSettings(sandbox.longValue("seed", d.seed(), Long.MIN_VALUE, Long.MAX_VALUE), tokens, rate,
                speed, faults, sandbox.lamports("minSecondaryAllocation", d.minSecondaryAllocation()),
                sandbox.duration("minCycleInterval", d.minCycleInterval()),
                sandbox.duration("confirmationDelay", Duration.ofMillis(Math.round(300 / speed))));
    }
}
