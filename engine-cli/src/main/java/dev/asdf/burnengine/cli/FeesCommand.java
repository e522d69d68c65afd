package dev.asdf.burnengine.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asdf.burnengine.http.api.ApiJson;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code engine-cli fees}: the ledger, per token and in total. */
@Command(name = "fees", mixinStandardHelpOptions = true,
        description = {"Show the fee ledger: pending, credited and spent lamports per token, unattributed deposits,"
                + " and fees of mints not registered yet.",
            "Reads the saved state (safe while the daemon runs), or the daemon's /fees with --via."})
final class FeesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StateOptions state;

    @Mixin
    ViaOptions via;

    @Option(names = "--json", description = "Print the API's /fees JSON.")
    boolean json;

    @Override
    public Integer call() {
        JsonNode fees = ViewSource.read(state, via, "/fees", ApiJson::fees);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(CliJson.text(fees));
            return ExitCode.OK.code;
        }
        JsonNode totals = fees.path("totals");
        out.println("pending " + CycleText.sol(totals.path("pendingLamports")) + " (unattributed "
                + CycleText.sol(totals.path("unattributedPendingLamports")) + "), credited "
                + CycleText.sol(totals.path("creditedLamports")) + ", spent " + CycleText.sol(totals.path("spentLamports"))
                + " over " + totals.path("tokenCount").asInt() + " token(s)");
        String row = "%-12s %-44s %-8s %18s %18s %18s%n";
        out.printf(row, "SYMBOL", "MINT", "STATUS", "PENDING SOL", "CREDITED SOL", "SPENT SOL");
        for (JsonNode t : fees.path("tokens")) {
            out.printf(row, ViewSource.safe(t.path("symbol").asText()), t.path("mint").asText(),
                    t.path("status").asText().toLowerCase(), CycleText.bare(t.path("pendingLamports")),
                    CycleText.bare(t.path("creditedLamports")), CycleText.bare(t.path("spentLamports")));
        }
        for (JsonNode u : fees.path("unregistered")) {
            out.println("unregistered mint " + u.path("mint").asText() + ": pending "
                    + CycleText.sol(u.path("pendingLamports")));
        }
        return ExitCode.OK.code;
    }
}
