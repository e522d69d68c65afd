package dev.asdf.burnengine.core.fee;

/**
 * What one {@link TrackFees#pollOnce()} did.
 *
 * @param skipped true when another poll was already running (polls never overlap)
 * @param error empty, or why the poll stopped early (the cursor stays after the last fully processed page)
 */
public record PollReport(boolean skipped, int pages, int credited, int duplicates, int stale, int unattributed,
        int rejected, boolean caughtUp, String error) {

    static PollReport alreadyRunning() {
        return new PollReport(true, 0, 0, 0, 0, 0, 0, false, "");
    }

    public boolean failed() {
        return !error.isEmpty();
    }
}
