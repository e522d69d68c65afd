package dev.asdf.burnengine.solana;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.config.ConfigException;
import dev.asdf.burnengine.solana.chain.RpcChainConnection;
import dev.asdf.burnengine.solana.crypto.Ed25519Keypair;
import dev.asdf.burnengine.solana.crypto.KeypairFile;
import dev.asdf.burnengine.solana.sandbox.SandboxCluster;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Opens the {@link ChainConnection} the configuration names: the embedded sandbox, or a real cluster over RPC. */
public final class ChainConnections {
    private ChainConnections() {}

    /**
     * Reads and checks the signing key on a real cluster (owner-only permissions, never a key whose secret is public),
     * then connects; nothing is sent until the engine asks.
     *
     * @param sandboxDirectory where the sandbox keeps its simulated chain across restarts
     * @throws ConfigException when the keypair file is missing, unreadable, open to others or a public test key
     */
    public static ChainConnection open(SolanaSettings settings, Path sandboxDirectory, Clock clock, MeterRegistry meters) {
        if (settings.cluster() == Cluster.SANDBOX) {
            return SandboxCluster.start(settings.sandbox(), clock, Optional.of(sandboxDirectory));
        }
        Path file = settings.keypairFile().orElseThrow(() -> new ConfigException(List.of("config key 'keypair.file'"
                + " is required on cluster " + settings.cluster().name().toLowerCase())));
        Ed25519Keypair key;
        try {
            key = KeypairFile.read(file, settings.allowInsecureKeypair());
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new ConfigException(List.of("config key 'keypair.file': " + e.getMessage()));
        }
        if (settings.cluster().isMainnet() && isPublicTestKey(key.address(), settings)) {
            throw new ConfigException(List.of("config key 'keypair.file' = '" + file + "' holds the sandbox's key ("
                    + key.address() + "), whose secret anyone can derive from the sandbox seed; it is refused on"
                    + " mainnet. Create the engine's own key with `solana-keygen new -o payer.json`"));
        }
        if (settings.strategy() == ExecutionStrategy.DIRECT) {
            return RpcChainConnection.openDirect(settings.rpc(), key, settings.direct(), clock, meters);
        }
        return RpcChainConnection.open(settings.rpc(), key, settings.strategy(), clock, meters);
    }

    private static boolean isPublicTestKey(Address address, SolanaSettings settings) {
        return address.equals(SandboxCluster.adminAddress(settings.sandbox().seed()))
                || address.equals(SandboxCluster.adminAddress(42));
    }
}
