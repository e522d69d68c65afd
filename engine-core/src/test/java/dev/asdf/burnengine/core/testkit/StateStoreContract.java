package dev.asdf.burnengine.core.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asdf.burnengine.core.port.StateStore;
import dev.asdf.burnengine.core.state.EngineState;
import org.junit.jupiter.api.Test;

/** What every {@link StateStore} must do. Subclass it with the store under test. */
public abstract class StateStoreContract {

    protected abstract StateStore newStore() throws Exception;

    /** The same store as a new process would open it. */
    protected abstract StateStore reopen(StateStore store) throws Exception;

    @Test
    void aNewStoreHasNoSnapshot() throws Exception {
        assertThat(newStore().load()).isEmpty();
    }

    @Test
    void aSavedStateComesBackEqualAfterReopening() throws Exception {
        StateStore store = newStore();
        EngineState state = Samples.engineState();
        store.save(state);
        assertThat(reopen(store).load()).contains(state);
    }

    @Test
    void theNewestSaveWins() throws Exception {
        StateStore store = newStore();
        store.save(EngineState.initial("first"));
        EngineState second = Samples.engineState();
        store.save(second);
        assertThat(reopen(store).load()).contains(second);
    }

    @Test
    void theInitialStateRoundTrips() throws Exception {
        StateStore store = newStore();
        EngineState initial = EngineState.initial("creator=x;cluster=sandbox");
        store.save(initial);
        assertThat(reopen(store).load()).contains(initial);
    }
}
