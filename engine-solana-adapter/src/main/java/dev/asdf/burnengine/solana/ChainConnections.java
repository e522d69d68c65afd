package dev.asdf.burnengine.solana;

import dev.asdf.burnengine.core.config.ConfigTree;
import dev.asdf.burnengine.solana.sandbox.SandboxCluster;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/** Opens the {@link ChainConnection} the configuration names: the embedded sandbox, or a real cluster over RPC. */
public final class ChainConnections {
    private ChainConnections() {}

    /**
     * @param config the configuration tree, for the RPC client's own {@code rpc.*} keys
     * @param sandboxDirectory where the sandbox keeps its simulated chain across restarts
     */
    public static ChainConnection open(SolanaSettings settings, ConfigTree config, Path sandboxDirectory, Clock clock,
            MeterRegistry meters) {
        if (settings.cluster() == Cluster.SANDBOX) {
            return SandboxCluster.start(settings.sandbox(), clock, Optional.of(sandboxDirectory));
        }
        throw new UnsupportedOperationException("cluster " + settings.cluster() + " needs the RPC adapter");
    }
}
