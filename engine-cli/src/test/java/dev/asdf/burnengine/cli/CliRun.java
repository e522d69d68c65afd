package dev.asdf.burnengine.cli;

import dev.asdf.burnengine.core.config.ConfigTree;
import dev.asdf.burnengine.persistence.StateDirectory;
import dev.asdf.burnengine.persistence.YamlConfigFile;
import dev.asdf.burnengine.solana.SolanaSettings;
import dev.asdf.burnengine.solana.sandbox.SandboxCluster;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import picocli.CommandLine;

/** Runs the CLI in this JVM exactly as {@code main} does, capturing what it prints. */
final class CliRun {
    final int exit;
    final String out;
    final String err;

    private CliRun(int exit, String out, String err) {
        this.exit = exit;
        this.out = out;
        this.err = err;
    }

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = CliMain.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    /**
     * Writes {@code <dir>/<name>.yaml} for the sandbox with the given fault rate (plus {@code extraYaml}, which must not
     * have a sandbox section), and prepares {@code <dir>/state} as a cron run finds it: the simulated world has seen
     * {@code trading} of trades, so the fees wait in the vaults.
     */
    static Path sandboxWithFees(Path dir, String name, double faultRate, String extraYaml, Duration trading) {
        Path file = dir.resolve(name + ".yaml");
        try {
            Files.writeString(file, "sandbox:\n  faultRate: " + faultRate + "\n" + extraYaml);
            Path world = dir.resolve("state").resolve(StateDirectory.SANDBOX);
            Files.createDirectories(world);
            ConfigTree tree = ConfigTree.of(YamlConfigFile.read(file), file.toString(), Map.of(), Map.of());
            try (SandboxCluster sandbox = SandboxCluster.manual(SolanaSettings.from(tree).sandbox(), Clock.systemUTC(),
                    world)) {
                sandbox.tradeUntil(trading);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Half an hour of trading on the default sandbox, no faults. */
    static Path sandboxWithFees(Path dir) {
        return sandboxWithFees(dir, "engine", 0, "", Duration.ofMinutes(30));
    }

    @Override
    public String toString() {
        return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
    }
}
