package dev.asdf.burnengine.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code java -jar engine-cli.jar}: one-shot commands for operators and cron. */
@Command(name = "engine-cli", mixinStandardHelpOptions = true, versionProvider = CliMain.Version.class,
        description = "One-shot commands of the ASDF burn engine.",
        subcommands = {JournalCommand.class, DecodeCommand.class})
public final class CliMain implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new CliMain()).execute(args));
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = CliMain.class.getPackage().getImplementationVersion();
            return new String[] {"engine-cli " + (v == null ? "dev" : v)};
        }
    }
}
