package dev.asdf.burnengine.cli;

import dev.asdf.burnengine.core.config.ConfigException;
import dev.asdf.burnengine.core.port.ChainUnavailableException;
import dev.asdf.burnengine.persistence.JournalCorruptException;
import dev.asdf.burnengine.persistence.SnapshotTooNewException;
import dev.asdf.burnengine.persistence.StateDirectoryException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import org.slf4j.LoggerFactory;

/** Entry point of {@code java -jar engine-cli.jar}: one-shot commands for operators and cron. */
@Command(name = "engine-cli", mixinStandardHelpOptions = true, versionProvider = CliMain.Version.class,
        description = {"One-shot commands of the ASDF burn engine (docs/cli.md).",
            "Exit codes: 0 done, 1 internal error, 2 nothing to do, 3 run lock held, 4 configuration error,"
                + " 5 chain or daemon unreachable, 6 partial failure, 7 integrity failure."},
        subcommands = {CycleCommand.class, PlanCommand.class, StatusCommand.class, TokensCommand.class,
            FeesCommand.class, DlqCommand.class, JournalCommand.class, DecodeCommand.class, KeypairCommand.class,
            ConfigCommand.class, HealthCommand.class})
public final class CliMain implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The CLI as picocli runs it, with the exit codes of docs/cli.md for every failure. */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new CliMain());
        cli.setParameterExceptionHandler((e, args) -> {
            CommandLine failed = e.getCommandLine();
            failed.getErr().println("engine-cli " + failed.getCommandName() + ": " + e.getMessage());
            failed.getErr().println("see `" + failed.getCommandSpec().qualifiedName() + " --help`");
            return ExitCode.CONFIGURATION_ERROR.code;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            ExitCode exit = exitFor(e);
            commandLine.getErr().println("engine-cli " + commandLine.getCommandName() + ": " + message(e));
            if (exit == ExitCode.INTERNAL_ERROR && !(e instanceof CliFailure)) {
                LoggerFactory.getLogger(CliMain.class).error("unexpected error", e);
            }
            return exit.code;
        });
        return cli;
    }

    static ExitCode exitFor(Exception e) {
        if (e instanceof CliFailure failure) {
            return failure.exit;
        }
        if (e instanceof ConfigException || e instanceof StateDirectoryException) {
            return ExitCode.CONFIGURATION_ERROR;
        }
        if (e instanceof ChainUnavailableException) {
            return ExitCode.CHAIN_UNREACHABLE;
        }
        if (e instanceof JournalCorruptException || e instanceof SnapshotTooNewException) {
            return ExitCode.INTEGRITY_FAILURE;
        }
        return ExitCode.INTERNAL_ERROR;
    }

    private static String message(Exception e) {
        String message = e.getMessage();
        return message == null ? e.toString() : message;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = CliMain.class.getPackage().getImplementationVersion();
            return new String[] {"engine-cli " + (v == null ? "dev" : v)};
        }
    }
}
