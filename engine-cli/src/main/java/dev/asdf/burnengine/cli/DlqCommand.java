package dev.asdf.burnengine.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asdf.burnengine.core.BurnEngine;
import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.query.EngineView;
import dev.asdf.burnengine.http.api.ApiJson;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code engine-cli dlq list|retry|drop}: the tokens whose steps kept failing, and what to do with them. */
@Command(name = "dlq", description = "The dead-letter queue: tokens whose cycle steps kept failing.",
        subcommands = {DlqCommand.ListEntries.class, DlqCommand.Retry.class, DlqCommand.Drop.class})
final class DlqCommand {

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"List dead-letter entries: why each token failed, how often, and when it retries.",
                "Reads the saved state (safe while the daemon runs), or the daemon's /dlq with --via."})
    static final class ListEntries extends ReadCommand {

        @Override
        String apiPath() {
            return "/dlq";
        }

        @Override
        Object view(ApiJson api, EngineView view) {
            return api.deadLetters(view);
        }

        @Override
        void printText(JsonNode dlq, PrintWriter out) {
            out.println(dlq.path("open").asLong() + " open of " + dlq.path("count").asInt() + " entr"
                    + (dlq.path("count").asInt() == 1 ? "y" : "ies"));
            for (JsonNode e : dlq.path("entries")) {
                String retry = e.path("status").asText().equals("SCHEDULED")
                        ? ", retries at " + Instant.ofEpochMilli(e.path("nextRetryAt").asLong()) : "";
                out.println("  " + ViewSource.safe(e.path("label").asText()) + " " + e.path("mint").asText() + " "
                        + e.path("status").asText() + " after " + e.path("failures").asInt() + " failure(s)" + retry
                        + ": " + e.path("lastErrorCode").asText() + " (" + e.path("retryClass").asText() + ") "
                        + ViewSource.safe(e.path("lastErrorMessage").asText()));
            }
        }
    }

    /** Shared by retry and drop: both change the engine's state, so both need the lock or the daemon. */
    abstract static class Change implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StateOptions state;

        @Mixin
        ViaOptions via;

        @Parameters(index = "0", paramLabel = "MINT", description = "The token's mint address (base58).")
        String mint;

        abstract String action();

        abstract boolean apply(BurnEngine engine, Address mint);

        @Override
        public Integer call() {
            Address address;
            try {
                address = Address.parse(mint);
            } catch (IllegalArgumentException e) {
                throw new CliFailure(ExitCode.CONFIGURATION_ERROR, "MINT '" + mint + "' is not an address: "
                        + e.getMessage() + "; copy it from `engine-cli dlq list`");
            }
            PrintWriter out = spec.commandLine().getOut();
            if (via.present()) {
                DaemonClient.Answer answer = via.client(state).post("/admin/dlq/" + address + "/" + action());
                if (answer.status() == 404) {
                    throw new CliFailure(ExitCode.NOTHING_TO_DO, "no open dead-letter entry for " + address);
                }
                if (answer.status() != 200) {
                    throw new CliFailure(ExitCode.INTERNAL_ERROR, "the daemon answered " + answer.status() + ": "
                            + answer.errorMessage());
                }
                out.println(address + ": " + answer.body().path("result").asText());
                return ExitCode.OK.code;
            }
            CliSettings settings = state.settings();
            try (EngineSession session = EngineSession.start(settings, "engine-cli dlq " + action() + " " + address,
                    Progress.of(spec.commandLine().getErr(), false))) {
                if (!apply(session.engine(), address)) {
                    throw new CliFailure(ExitCode.NOTHING_TO_DO, "no open dead-letter entry for " + address
                            + "; `engine-cli dlq list` shows the open ones");
                }
            }
            out.println(address + ": " + (action().equals("retry") ? "retry scheduled for the next cycle" : "dropped"));
            return ExitCode.OK.code;
        }
    }

    @Command(name = "retry", mixinStandardHelpOptions = true,
            description = {"Let a dead-lettered token run again at the next cycle (journaled).",
                "Takes the run lock; while the daemon runs, use --via with its admin token.",
                "Exit codes: 0 done, 2 no open entry for that mint, 3 lock held, 4 bad mint or configuration."})
    static final class Retry extends Change {
        @Override
        String action() {
            return "retry";
        }

        @Override
        boolean apply(BurnEngine engine, Address mint) {
            return engine.retryDeadLetter(mint, "engine-cli");
        }
    }

    @Command(name = "drop", mixinStandardHelpOptions = true,
            description = {"Forget a dead-letter entry (journaled); the token's pending fees stay in the ledger.",
                "Takes the run lock; while the daemon runs, use --via with its admin token.",
                "Exit codes: 0 done, 2 no open entry for that mint, 3 lock held, 4 bad mint or configuration."})
    static final class Drop extends Change {
        @Override
        String action() {
            return "drop";
        }

        @Override
        boolean apply(BurnEngine engine, Address mint) {
            return engine.dropDeadLetter(mint, "engine-cli");
        }
    }
}
