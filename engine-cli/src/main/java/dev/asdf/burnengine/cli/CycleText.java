package dev.asdf.burnengine.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asdf.burnengine.core.money.Lamports;
import java.io.PrintWriter;

/**
 * Renders a cycle report or a plan for people, from the API's JSON representation, so a local run and a run through
 * {@code --via} print the same lines.
 */
final class CycleText {
    private CycleText() {}

    static void report(JsonNode report, PrintWriter out) {
        println(out, "cycle " + report.path("cycleId").asText() + " " + report.path("status").asText() + ": "
                + report.path("message").asText());
        println(out, "  plan: " + report.path("summary").asText());
        for (JsonNode step : report.path("steps")) {
            println(out, "  " + step(step));
        }
        if (report.path("stepsConfirmed").asInt() > 0) {
            println(out, "  total: " + sol(report.path("totalSpentLamports")) + " spent, "
                    + report.path("totalBurnedTokens").asText() + " token base units burned");
        }
    }

    static void plan(JsonNode preview, PrintWriter out) {
        println(out, "plan " + preview.path("cycleId").asText() + " (dry run, nothing sent): "
                + preview.path("summary").asText());
        println(out, "  fee funds " + sol(preview.path("feeFundsLamports")) + ", to allocate "
                + sol(preview.path("totalAllocationLamports")));
        int width = 5;
        for (JsonNode d : preview.path("decisions")) {
            width = Math.max(width, ViewSource.safe(d.path("label").asText()).length());
        }
        String row = "  %-" + width + "s %-13s %17s %17s  %s%n";
        out.printf(row, "TOKEN", "VERDICT", "PENDING SOL", "ALLOCATION SOL", "REASON");
        for (JsonNode d : preview.path("decisions")) {
            out.printf(row, ViewSource.safe(d.path("label").asText()), d.path("verdict").asText(),
                    bare(d.path("pendingLamports")), bare(d.path("allocationLamports")), d.path("reason").asText());
        }
        JsonNode reconciliation = preview.path("reconciliation");
        if (!reconciliation.isMissingNode()) {
            println(out, "  ledger vs chain: " + reconciliation.path("status").asText() + " "
                    + reconciliation.path("explanation").asText());
        }
        for (JsonNode note : preview.path("notes")) {
            println(out, "  note: " + note.asText());
        }
    }

    private static String step(JsonNode s) {
        String who = (s.path("isRoot").asBoolean() ? "root " : "") + ViewSource.safe(s.path("symbol").asText()) + " "
                + s.path("mint").asText();
        String outcome = s.path("outcome").asText();
        return switch (outcome) {
            case "confirmed" -> "ok       " + who + ": spent " + sol(s.path("lamportsSpent")) + ", burned "
                    + s.path("tokensBurned").asText() + " " + s.path("signature").asText();
            case "failed", "not_sent" -> pad(outcome) + who + ": " + s.path("errorCode").asText() + " ("
                    + s.path("retryClass").asText() + ") " + s.path("message").asText();
            case "expired", "skipped" -> pad(outcome) + who + ": " + s.path("message").asText();
            default -> pad(outcome) + who + ": allocation " + sol(s.path("allocationLamports"));
        };
    }

    /** Every printed line passes through here: reports carry chain text (symbols, program messages). */
    private static void println(PrintWriter out, String line) {
        out.println(ViewSource.safe(line));
    }

    private static String pad(String word) {
        return String.format("%-9s", word);
    }

    static String sol(JsonNode lamports) {
        return Lamports.of(lamports.asLong()).toSol();
    }

    /** SOL without its unit, for table columns. */
    static String bare(JsonNode lamports) {
        String sol = sol(lamports);
        return sol.substring(0, sol.length() - " SOL".length());
    }
}
