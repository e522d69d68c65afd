package dev.asdf.burnengine.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asdf.burnengine.core.query.EngineView;
import dev.asdf.burnengine.http.api.ApiJson;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** {@code engine-cli fees}: the ledger, per token and in total. */
@Command(name = "fees", mixinStandardHelpOptions = true, subcommands = FeesExplainCommand.class,
        description = {"Show the fee ledger: pending, credited and spent lamports per token, unattributed deposits,"
                + " and fees of mints not registered yet.",
            "Reads the saved state (safe while the daemon runs), or the daemon's /fees with --via."})
final class FeesCommand extends ReadCommand {

    @Override
    String apiPath() {
        return "/fees";
    }

    @Override
    Object view(ApiJson api, EngineView view) {
        return api.fees(view);
    }

    @Override
    void printText(JsonNode fees, PrintWriter out) {
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
    }
}
