package dev.asdf.burnengine.http.metrics;

/** The outcome of the last {@code size} fee polls, for an error rate that recovers once polls succeed again. */
final class PollWindow {
    private final boolean[] failed;
    private int next;
    private int count;
    private int failures;

    PollWindow(int size) {
        this.failed = new boolean[size];
    }

    synchronized void record(boolean failure) {
        if (count == failed.length) {
            if (failed[next]) {
                failures--;
            }
        } else {
            count++;
        }
        failed[next] = failure;
        if (failure) {
            failures++;
        }
        next = (next + 1) % failed.length;
    }

    /** Failed fraction of the polls in the window; 0 before the first poll. */
    synchronized double errorRate() {
        return count == 0 ? 0.0 : (double) failures / count;
    }
}
