package dev.asdf.burnengine.core.port;

import dev.asdf.burnengine.core.cycle.ChainSnapshot;
import dev.asdf.burnengine.core.token.Token;
import java.util.List;

/** Reads what a cycle needs from chain: balances net of reserves, the split configuration, markets. */
public interface ChainState {

    /**
     * @throws ChainUnavailableException when the chain cannot be read (every endpoint failing)
     */
    ChainSnapshot read(List<Token> tokens);
}
