package dev.asdf.burnengine.solana;

import dev.asdf.burnengine.core.config.ConfigTree;
import dev.asdf.burnengine.core.schedule.CycleSchedule;
import dev.asdf.burnengine.solana.direct.DirectSettings;
import dev.asdf.burnengine.solana.program.asdf.AsdfAddresses;
import dev.asdf.burnengine.solana.rpc.RpcSettings;
import dev.asdf.burnengine.solana.sandbox.SandboxSettings;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the Solana adapter is told by the configuration: the cluster, the execution strategy, the fee payer's keypair
 * file, the RPC client's settings for a real cluster and, for the sandbox, its simulation.
 *
 * @param keypairFile the fee payer's Solana CLI keypair file; required on every real cluster, unused by the sandbox
 * @param allowInsecureKeypair read the keypair file even when group or others may read it (never on mainnet)
 * @param direct the {@code direct.*} keys, used by {@link ExecutionStrategy#DIRECT} only
 */
public record SolanaSettings(Cluster cluster, ExecutionStrategy strategy, Optional<Path> keypairFile,
        boolean allowInsecureKeypair, RpcSettings rpc, SandboxSettings sandbox, DirectSettings direct) {

    public SolanaSettings {
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(keypairFile, "keypairFile");
        Objects.requireNonNull(rpc, "rpc");
        Objects.requireNonNull(sandbox, "sandbox");
        Objects.requireNonNull(direct, "direct");
    }

    /** The sandbox with its defaults: what runs with no configuration at all. */
    public static SolanaSettings sandboxDefaults() {
        return new SolanaSettings(Cluster.SANDBOX, ExecutionStrategy.ASDF_PROGRAM, Optional.empty(), false,
                RpcSettings.defaults(List.of(URI.create(RpcSettings.DEFAULT_ENDPOINT))), SandboxSettings.defaults(),
                DirectSettings.defaults());
    }

    /**
     * Reads {@code cluster}, {@code strategy}, {@code keypair.*}, {@code rpc.*}, {@code sandbox.*} and
     * {@code direct.*}, checking they fit together. Every section is always read, so switching {@code cluster} or
     * {@code strategy} never turns a key into an unknown one.
     */
    public static SolanaSettings from(ConfigTree config) {
        Cluster cluster = config.root().choice("cluster", Cluster.SANDBOX);
        ExecutionStrategy strategy = config.root().choice("strategy", ExecutionStrategy.ASDF_PROGRAM);
        Optional<Path> keypair = config.section("keypair").optionalPath("file");
        boolean insecure = config.section("keypair").bool("allowInsecurePermissions", false);
        SandboxSettings sandbox = SandboxSettings.from(config.section("sandbox"));
        RpcSettings rpc = RpcSettings.from(config.section("rpc"));
        DirectSettings direct = DirectSettings.from(config.section("direct"),
                strategy == ExecutionStrategy.DIRECT && cluster != Cluster.SANDBOX);
        boolean publicCluster = cluster == Cluster.MAINNET || cluster == Cluster.DEVNET;
        if (publicCluster && rpc.endpoints().equals(List.of(URI.create(RpcSettings.DEFAULT_ENDPOINT)))) {
            config.problem("config key 'rpc.endpoints' is required on cluster " + cluster.name().toLowerCase()
                    + ": list your RPC providers' https:// URLs, two or more for failover (the default, "
                    + RpcSettings.DEFAULT_ENDPOINT + ", is a local validator)");
        }
        if (cluster != Cluster.SANDBOX && keypair.isEmpty()) {
            config.problem("config key 'keypair.file' is required on cluster " + cluster.name().toLowerCase()
                    + ": name the fee payer's Solana CLI keypair file (create one with `solana-keygen new -o payer.json`"
                    + " and `chmod 600 payer.json`)");
        }
        if (cluster.isMainnet() && insecure) {
            config.problem("config key 'keypair.allowInsecurePermissions' = 'true' is refused on mainnet: a key"
                    + " others can read is a key others can use; `chmod 600` the keypair file instead");
        }
        return new SolanaSettings(cluster, strategy, keypair, insecure, rpc, sandbox, direct);
    }

    /**
     * Identifies the ecosystem and cluster saved state belongs to, so a state directory is never reused for another.
     * Under the ASDF program every fee of the ecosystem goes to the program's authority, which names the ecosystem; in
     * direct mode on a real cluster the configured root mint names it (the creator key is only read when connecting).
     */
    public String fingerprint() {
        String owner = strategy == ExecutionStrategy.DIRECT && cluster != Cluster.SANDBOX
                ? ";root=" + direct.rootMint().map(Object::toString).orElse("none")
                : ";creator=" + AsdfAddresses.DAT_AUTHORITY;
        String base = "cluster=" + cluster.name().toLowerCase() + ";strategy=" + strategy.name().toLowerCase() + owner;
        return cluster == Cluster.SANDBOX ? base + ";seed=" + sandbox.seed() : base;
    }

    /** The cycle schedule to use where {@code schedule.*} says nothing: the sandbox runs at its own faster pace. */
    public CycleSchedule defaultSchedule() {
        return cluster == Cluster.SANDBOX ? SandboxSettings.SCHEDULE : CycleSchedule.defaults();
    }

    /** The public explorer's name for this cluster ({@code none} where it cannot see the transactions). */
    public String explorerCluster() {
        return switch (cluster) {
            case MAINNET -> "mainnet-beta";
            case DEVNET -> "devnet";
            case SANDBOX, LOCALNET -> "none";
        };
    }
}
