package dev.asdf.burnengine.core.state;

import dev.asdf.burnengine.core.cycle.CycleReport;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Counters over all cycles.
 *
 * @param byStatus cycles finished per status
 * @param lastFinishedAt {@link Instant#EPOCH} when no cycle finished yet
 * @param lastCycleId empty when no cycle finished yet
 * @param consecutiveFailures cycles in a row that ended FAILED or PARTIAL
 */
public record CycleStats(Map<CycleReport.Status, Long> byStatus, Instant lastFinishedAt, String lastCycleId,
        CycleReport.Status lastStatus, String lastMessage, int consecutiveFailures, long cyclesPlanned) {

    public static final CycleStats NONE = new CycleStats(Map.of(), Instant.EPOCH, "", CycleReport.Status.NOTHING_TO_DO, "", 0, 0);

    public CycleStats {
        byStatus = Map.copyOf(byStatus);
        Objects.requireNonNull(lastFinishedAt, "lastFinishedAt");
        Objects.requireNonNull(lastCycleId, "lastCycleId");
        Objects.requireNonNull(lastStatus, "lastStatus");
        Objects.requireNonNull(lastMessage, "lastMessage");
    }

    public long finished() {
        return byStatus.values().stream().mapToLong(Long::longValue).sum();
    }
}
