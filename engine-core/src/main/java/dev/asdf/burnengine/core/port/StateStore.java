package dev.asdf.burnengine.core.port;

import dev.asdf.burnengine.core.state.EngineState;
import java.util.Optional;

/**
 * Durable snapshots of the engine's state. A snapshot is an optimisation: the journal after its
 * {@link EngineState#journalSeq()} brings it up to date, so losing the newest snapshot loses nothing.
 */
public interface StateStore {

    /** Writes the snapshot atomically: after a crash either the new or the previous snapshot is readable. */
    void save(EngineState state);

    /** The newest valid snapshot, or empty on first start. */
    Optional<EngineState> load();
}
