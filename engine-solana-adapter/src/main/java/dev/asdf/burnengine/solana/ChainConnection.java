package dev.asdf.burnengine.solana;

import dev.asdf.burnengine.core.port.ChainState;
import dev.asdf.burnengine.core.port.CycleExecutor;
import dev.asdf.burnengine.core.port.FeeSource;
import dev.asdf.burnengine.core.port.TokenDirectory;
import java.util.List;

/**
 * The chain as the engine sees it: the four chain-facing ports of the core, from one source (a real cluster through
 * JSON-RPC, or the embedded sandbox), plus what a runner shows about that source. The runners build the engine from
 * it and close it last.
 */
public interface ChainConnection extends AutoCloseable {

    FeeSource feeSource();

    ChainState chainState();

    CycleExecutor cycleExecutor();

    TokenDirectory tokenDirectory();

    /** The health of each part of the connection (each RPC endpoint, the WebSocket, the simulation), cached. */
    List<ChainHealth> health();

    /** One line for start-up output: what the engine is connected to. */
    String describe();

    /** Stops background work (subscriptions, simulated traders) and releases connections. */
    @Override
    void close();
}
