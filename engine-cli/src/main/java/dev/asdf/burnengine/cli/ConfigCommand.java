package dev.asdf.burnengine.cli;

import dev.asdf.burnengine.core.config.ConfigTree;
import dev.asdf.burnengine.http.HttpSettings;
import dev.asdf.burnengine.solana.Cluster;
import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code engine-cli config check|keys}: validate a configuration before deploying it; list every key. */
@Command(name = "config", description = "Check a configuration, or list every key with its default.",
        subcommands = {ConfigCommand.Check.class, ConfigCommand.Keys.class})
final class ConfigCommand {

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Read the configuration (file, BURN_ENGINE_* variables) exactly as the daemon does and report"
                    + " every problem at once: each names the key, the bad value and the fix.",
                "Checks against the chain (a threshold below the on-chain minimum) happen at start.",
                "Exit codes: 0 valid, 4 invalid."})
    static final class Check implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StateOptions state;

        @Override
        public Integer call() {
            CliSettings settings = state.settings();
            PrintWriter out = spec.commandLine().getOut();
            out.println("configuration valid: " + state.describeSource());
            out.println("  cluster " + settings.solana().cluster().name().toLowerCase() + ", strategy "
                    + settings.solana().strategy().name().toLowerCase()
                    + settings.solana().keypairFile().map(k -> ", keypair " + k).orElse(""));
            out.println("  state directory " + settings.stateDir().toAbsolutePath().normalize());
            out.println("  API on " + settings.http().host() + ":" + settings.http().port() + ", admin API "
                    + (settings.http().admin() instanceof HttpSettings.AdminAccess.TokenFile t
                            ? "enabled (token file " + t.file() + ")" : "disabled"));
            out.println("  schedule: threshold " + settings.schedule().threshold().toSol() + ", at least "
                    + settings.schedule().minInterval().toMinutes() + " min apart, windows "
                    + settings.schedule().windows());
            out.println("  alerts: " + settings.webhooks().size() + " webhook(s)");
            return ExitCode.OK.code;
        }
    }

    @Command(name = "keys", mixinStandardHelpOptions = true,
            description = "List every configuration key the engine reads on any cluster, with its default when no"
                    + " configuration is given (docs/configuration.md explains each).")
    static final class Keys implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Map<String, String> keys = new TreeMap<>();
            for (Cluster cluster : Cluster.values()) {
                ConfigTree tree = ConfigTree.of(Map.of("cluster", cluster.name().toLowerCase(),
                        "keypair", Map.of("file", "payer.json")), "(defaults)", Map.of(), Map.of());
                CliSettings.from(tree);
                tree.keysRead().forEach(keys::putIfAbsent);
            }
            PrintWriter out = spec.commandLine().getOut();
            keys.forEach((key, value) -> out.println(key + " = " + value));
            return ExitCode.OK.code;
        }
    }
}
