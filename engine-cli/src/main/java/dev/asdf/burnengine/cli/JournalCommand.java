package dev.asdf.burnengine.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asdf.burnengine.persistence.JournalVerification;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code engine-cli journal verify}: checks the whole hash chain; read-only, safe while the daemon runs. */
@Command(name = "journal", description = "Inspect the tamper-evident journal.", subcommands = JournalCommand.Verify.class)
final class JournalCommand {

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Check every journal entry's hash and its link to the previous entry.",
                "Exit 0 when the chain is intact, 7 when it is broken (with the file, line and hashes)."})
    static final class Verify implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--state-dir", paramLabel = "DIR", defaultValue = "burn-engine-state",
                description = "The engine's state directory (default: ${DEFAULT-VALUE}).")
        Path stateDir;

        @Option(names = "--json", description = "Print the result as JSON.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            JournalVerification v = JournalVerification.of(stateDir);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                ObjectNode node = new ObjectMapper().createObjectNode()
                        .put("intact", v.intact())
                        .put("directory", v.directory().toString())
                        .put("entries", v.entries())
                        .put("files", v.files())
                        .put("lastHash", v.lastHash())
                        .put("problem", v.problem())
                        .put("tornTail", v.tornTail());
                out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(node));
            } else if (v.intact()) {
                out.println("journal intact: " + v.entries() + " entries in " + v.files() + " file(s) under "
                        + v.directory() + "; last hash " + v.lastHash());
                if (!v.tornTail().isEmpty()) {
                    out.println("note: " + v.tornTail());
                }
            } else {
                spec.commandLine().getErr().println("journal BROKEN: " + v.problem());
            }
            return v.intact() ? ExitCode.OK.code : ExitCode.INTEGRITY_FAILURE.code;
        }
    }
}
