package dev.asdf.burnengine.persistence;

import dev.asdf.burnengine.core.config.ConfigSection;
import java.time.Duration;
import java.util.Objects;

/**
 * How the files are kept.
 *
 * @param journalFileMaxBytes a journal file is closed and a new one started past this size
 * @param groupCommitInterval how often entries that need no immediate durability (fee credits) are fsynced
 * @param snapshotsToKeep the newest snapshots kept; older ones are deleted after each save
 * @param metricHistoryMaxCount metric snapshots kept at most
 * @param metricHistoryMaxAge metric snapshots older than this are deleted
 */
public record PersistenceSettings(long journalFileMaxBytes, Duration groupCommitInterval, int snapshotsToKeep,
        int metricHistoryMaxCount, Duration metricHistoryMaxAge) {

    public PersistenceSettings {
        if (journalFileMaxBytes < 4096) {
            throw new IllegalArgumentException("journal file size must be at least 4096 bytes, got " + journalFileMaxBytes);
        }
        Objects.requireNonNull(groupCommitInterval, "groupCommitInterval");
        if (groupCommitInterval.isNegative() || groupCommitInterval.isZero() || groupCommitInterval.toSeconds() > 60) {
            throw new IllegalArgumentException("group commit interval must be in (0, 60 s], got " + groupCommitInterval);
        }
        if (snapshotsToKeep < 1 || snapshotsToKeep > 1000) {
            throw new IllegalArgumentException("snapshots to keep must be in 1..1000, got " + snapshotsToKeep);
        }
        if (metricHistoryMaxCount < 1) {
            throw new IllegalArgumentException("metric history must keep at least 1 snapshot, got " + metricHistoryMaxCount);
        }
        Objects.requireNonNull(metricHistoryMaxAge, "metricHistoryMaxAge");
    }

    /** Reads the {@code persistence.*} keys of the configuration. */
    public static PersistenceSettings from(ConfigSection persistence) {
        PersistenceSettings d = defaults();
        return new PersistenceSettings(
                persistence.longValue("journalFileMaxBytes", d.journalFileMaxBytes(), 4096, 1L << 40),
                persistence.duration("groupCommitInterval", d.groupCommitInterval()),
                persistence.integer("snapshotsToKeep", d.snapshotsToKeep(), 1, 1000),
                persistence.integer("metricHistoryMaxCount", d.metricHistoryMaxCount(), 1, 1_000_000),
                persistence.duration("metricHistoryMaxAge", d.metricHistoryMaxAge()));
    }

    /** 64 MiB journal files, 100 ms group commit, 5 snapshots, one week of 5-minute metric snapshots. */
    public static PersistenceSettings defaults() {
        return new PersistenceSettings(64L * 1024 * 1024, Duration.ofMillis(100), 5, 2016, Duration.ofDays(7));
    }
}
