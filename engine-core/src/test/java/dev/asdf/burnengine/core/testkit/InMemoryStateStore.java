package dev.asdf.burnengine.core.testkit;

import dev.asdf.burnengine.core.port.StateStore;
import dev.asdf.burnengine.core.state.EngineState;
import java.util.Optional;

/** Keeps the last saved snapshot in memory. */
public final class InMemoryStateStore implements StateStore {
    private EngineState state;
    private int saves;

    @Override
    public synchronized void save(EngineState newState) {
        this.state = newState;
        saves++;
    }

    @Override
    public synchronized Optional<EngineState> load() {
        return Optional.ofNullable(state);
    }

    public synchronized int saves() {
        return saves;
    }
}
