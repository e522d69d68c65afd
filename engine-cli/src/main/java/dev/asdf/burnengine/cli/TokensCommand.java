package dev.asdf.burnengine.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asdf.burnengine.core.query.EngineView;
import dev.asdf.burnengine.http.api.ApiJson;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** {@code engine-cli tokens}: the ecosystem's tokens with their status, pending fees and burns. */
@Command(name = "tokens", mixinStandardHelpOptions = true,
        description = {"List the ecosystem's tokens: role, market, status, pending fees, burned amount.",
            "Reads the saved state (safe while the daemon runs), or the daemon's /tokens with --via."})
final class TokensCommand extends ReadCommand {

    @Override
    String apiPath() {
        return "/tokens";
    }

    @Override
    Object view(ApiJson api, EngineView view) {
        return api.tokens(view);
    }

    @Override
    void printText(JsonNode tokens, PrintWriter out) {
        String row = "%-9s %-12s %-44s %-13s %-8s %18s %22s%n";
        out.printf(row, "ROLE", "SYMBOL", "MINT", "MARKET", "STATUS", "PENDING SOL", "BURNED (BASE UNITS)");
        for (JsonNode t : tokens.path("tokens")) {
            out.printf(row, t.path("role").asText().toLowerCase(), ViewSource.safe(t.path("symbol").asText()),
                    t.path("mint").asText(), t.path("market").asText().toLowerCase(),
                    t.path("status").asText().toLowerCase(), CycleText.bare(t.path("pendingFeesLamports")),
                    t.path("totalBurnedTokens").asText());
            if (!t.path("statusReason").asText().isEmpty()) {
                out.println("          " + ViewSource.safe(t.path("statusReason").asText()));
            }
        }
        out.println(tokens.path("count").asInt() + " token(s)");
    }
}
