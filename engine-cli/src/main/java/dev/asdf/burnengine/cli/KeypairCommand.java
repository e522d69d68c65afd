package dev.asdf.burnengine.cli;

import dev.asdf.burnengine.solana.crypto.Ed25519Keypair;
import dev.asdf.burnengine.solana.crypto.KeypairFile;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code engine-cli keypair check}: is this the key the engine will sign with, and is it kept safely? */
@Command(name = "keypair", description = "Check the engine's signing key.", subcommands = KeypairCommand.Check.class)
final class KeypairCommand {

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Read a Solana CLI keypair file exactly as the engine does (JSON array of 64 bytes, owner-only"
                    + " permissions, public half matching the secret) and print its public key. Never prints the"
                    + " secret.", "Exit codes: 0 usable, 4 missing, unreadable, malformed or readable by others."})
    static final class Check implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StateOptions state;

        @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
                description = "The keypair file (default: keypair.file from the configuration).")
        Path file;

        @Option(names = "--allow-insecure-permissions",
                description = "Accept a file group or others may read (throw-away development keys only).")
        boolean allowInsecure;

        @Override
        public Integer call() {
            Path keypair = file;
            boolean insecure = allowInsecure;
            if (keypair == null) {
                CliSettings settings = state.settings();
                keypair = settings.solana().keypairFile().orElseThrow(() -> new CliFailure(ExitCode.CONFIGURATION_ERROR,
                        "no keypair file to check: pass FILE, or --config with keypair.file set"
                                + " (the sandbox needs none)"));
                insecure = insecure || settings.solana().allowInsecureKeypair();
            }
            Ed25519Keypair key;
            try {
                key = KeypairFile.read(keypair, insecure);
            } catch (IllegalArgumentException | UncheckedIOException e) {
                throw new CliFailure(ExitCode.CONFIGURATION_ERROR, e.getMessage(), e);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("keypair " + keypair + " is usable: public key " + key.address()
                    + (insecure ? " (permissions not checked)" : " (readable by its owner only)"));
            return ExitCode.OK.code;
        }
    }
}
