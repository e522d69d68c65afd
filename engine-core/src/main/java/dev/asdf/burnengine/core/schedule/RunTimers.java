package dev.asdf.burnengine.core.schedule;

import dev.asdf.burnengine.core.config.ConfigSection;
import dev.asdf.burnengine.core.config.ConfigTree;
import java.time.Duration;
import java.util.Objects;

/**
 * How often a runner does its routine work, and how long it waits when stopping.
 *
 * @param feePollInterval between two fee-source polls ({@code fees.pollInterval})
 * @param cycleCheckInterval between two checks of the {@link CycleSchedule} ({@code daemon.cycleCheckInterval})
 * @param snapshotInterval between two snapshots ({@code daemon.snapshotInterval})
 * @param metricHistoryInterval between two metric-history records ({@code daemon.metricHistoryInterval})
 * @param shutdownTimeout how long a stop waits for the step being sent ({@code daemon.shutdownTimeout})
 * @param alertCooldown at most one alert of a kind per cooldown ({@code alerts.cooldown})
 */
public record RunTimers(Duration feePollInterval, Duration cycleCheckInterval, Duration snapshotInterval,
        Duration metricHistoryInterval, Duration shutdownTimeout, Duration alertCooldown) {

    public RunTimers {
        Objects.requireNonNull(feePollInterval, "feePollInterval");
        Objects.requireNonNull(cycleCheckInterval, "cycleCheckInterval");
        Objects.requireNonNull(snapshotInterval, "snapshotInterval");
        Objects.requireNonNull(metricHistoryInterval, "metricHistoryInterval");
        Objects.requireNonNull(shutdownTimeout, "shutdownTimeout");
        Objects.requireNonNull(alertCooldown, "alertCooldown");
    }

    public static RunTimers defaults() {
        return new RunTimers(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofMinutes(1), Duration.ofMinutes(5),
                Duration.ofSeconds(30), Duration.ofMinutes(5));
    }

    public static RunTimers from(ConfigTree config) {
        RunTimers d = defaults();
        ConfigSection daemon = config.section("daemon");
        return new RunTimers(
                positive(config.section("fees"), "pollInterval", d.feePollInterval()),
                positive(daemon, "cycleCheckInterval", d.cycleCheckInterval()),
                positive(daemon, "snapshotInterval", d.snapshotInterval()),
                positive(daemon, "metricHistoryInterval", d.metricHistoryInterval()),
                positive(daemon, "shutdownTimeout", d.shutdownTimeout()),
                positive(config.section("alerts"), "cooldown", d.alertCooldown()));
    }

    private static Duration positive(ConfigSection section, String key, Duration defaultValue) {
        Duration d = section.duration(key, defaultValue);
        if (d.isZero() || d.isNegative()) {
            section.problem(key, d, "must be longer than zero");
            return defaultValue;
        }
        return d;
    }
}
