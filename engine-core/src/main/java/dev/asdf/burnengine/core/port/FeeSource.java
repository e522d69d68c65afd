package dev.asdf.burnengine.core.port;

import dev.asdf.burnengine.core.fee.FeeCursor;
import dev.asdf.burnengine.core.fee.FeePage;

/**
 * Where creator fees come from: every fee event of the ecosystem's creator after a cursor, oldest first, attributed
 * to the token that earned it. The engine owns the cursor and persists it after the credits it covers.
 */
public interface FeeSource {

    /**
     * The next page after {@code cursor}. Must not skip anything: an event that cannot be fetched yet stays after the
     * returned cursor.
     *
     * @param maxTransactions an upper bound on the transactions this call may read
     */
    FeePage fetch(FeeCursor cursor, int maxTransactions);

    /** Registers a callback run when the source sees new activity (a WebSocket notification), to poll sooner. */
    default void onActivity(Runnable wakeUp) {
    }
}
