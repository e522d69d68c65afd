package dev.asdf.burnengine.core.schedule;

import dev.asdf.burnengine.core.config.ConfigSection;
import dev.asdf.burnengine.core.money.Lamports;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When an automatic cycle is worth trying: enough pending fees (the threshold), not too soon after the last cycle
 * (the minimum interval), and inside one of the allowed time windows. Pure: the scheduler asks it with the current
 * totals; the planner still decides per token what actually runs.
 *
 * @param threshold pending fees (all tokens plus unattributed) below which no automatic cycle starts
 * @param minInterval time between the end of one automatic cycle and the start of the next
 * @param windows UTC windows in which automatic cycles may start (any of them)
 */
public record CycleSchedule(Lamports threshold, Duration minInterval, List<TimeWindow> windows) {

    public CycleSchedule {
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(minInterval, "minInterval");
        windows = List.copyOf(windows);
        if (windows.isEmpty()) {
            throw new IllegalArgumentException("a schedule needs at least one time window (use 00:00-24:00 for always)");
        }
        if (minInterval.isNegative()) {
            throw new IllegalArgumentException("minInterval cannot be negative, got " + minInterval);
        }
    }

    /** Threshold 0.1 SOL, at most one cycle every 10 minutes, any time of day. */
    public static CycleSchedule defaults() {
        return new CycleSchedule(Lamports.of(100_000_000), Duration.ofMinutes(10), List.of(TimeWindow.ALWAYS));
    }

    /** Reads {@code schedule.threshold}, {@code schedule.minInterval} and {@code schedule.windows}. */
    public static CycleSchedule from(ConfigSection schedule) {
        return from(schedule, defaults());
    }

    /** As {@link #from(ConfigSection)}, with the given defaults (the sandbox runs cycles more often). */
    public static CycleSchedule from(ConfigSection schedule, CycleSchedule d) {
        long threshold = schedule.lamports("threshold", d.threshold().value());
        Duration interval = schedule.duration("minInterval", d.minInterval());
        List<TimeWindow> windows = new ArrayList<>();
        for (String text : schedule.strings("windows", List.of("00:00-24:00"))) {
            try {
                windows.add(TimeWindow.parse(text));
            } catch (IllegalArgumentException e) {
                schedule.problem("windows", text, e.getMessage());
            }
        }
        return new CycleSchedule(Lamports.of(threshold), interval.isNegative() ? d.minInterval() : interval,
                windows.isEmpty() ? d.windows() : windows);
    }

    /**
     * @param pendingFees pending fees of every token plus the unattributed account
     * @param lastCycleAt when the last cycle finished ({@link Instant#EPOCH} = never)
     */
    public Decision decide(Instant now, long pendingFees, Instant lastCycleAt) {
        if (!inWindow(now)) {
            return new Decision(false, "outside the cycle windows " + windows + " (UTC)");
        }
        Instant earliest = lastCycleAt.plus(minInterval);
        if (now.isBefore(earliest)) {
            long seconds = Math.max(1, Duration.between(now, earliest).toSeconds());
            return new Decision(false, "the last cycle was less than " + minInterval.toMinutes() + " min ago; next in "
                    + seconds + " s");
        }
        if (pendingFees < threshold.value()) {
            return new Decision(false, "pending fees " + Lamports.of(pendingFees).toSol() + " below the threshold of "
                    + threshold.toSol());
        }
        return new Decision(true, "pending fees " + Lamports.of(pendingFees).toSol() + " reach the threshold of "
                + threshold.toSol());
    }

    /**
     * A threshold below the program's smallest possible step would start cycles that can only defer every token.
     *
     * @param smallestStep the on-chain minimum allocation, read from chain
     * @return the configuration problem, naming the key, the value and the fix; empty when the threshold is sane
     */
    public Optional<String> thresholdProblem(Lamports smallestStep) {
        if (threshold.compareTo(smallestStep) >= 0) {
            return Optional.empty();
        }
        return Optional.of("config key 'schedule.threshold' = '" + threshold.toSol() + "' is below the program's"
                + " smallest possible step (" + smallestStep.toSol() + ", read from chain); set it to at least that");
    }

    private boolean inWindow(Instant now) {
        return windows.stream().anyMatch(w -> w.contains(now.atZone(ZoneOffset.UTC)));
    }

    /** Whether to start a cycle now, and why (shown by /cycle/status). */
    public record Decision(boolean due, String reason) {
        public Decision {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
