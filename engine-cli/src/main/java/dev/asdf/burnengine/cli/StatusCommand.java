package dev.asdf.burnengine.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asdf.burnengine.core.deadletter.DeadLetterEntry;
import dev.asdf.burnengine.core.money.Lamports;
import dev.asdf.burnengine.core.port.RunLock;
import dev.asdf.burnengine.core.query.EngineView;
import dev.asdf.burnengine.core.query.TokenView;
import dev.asdf.burnengine.core.state.CycleStats;
import dev.asdf.burnengine.core.token.TokenStatus;
import dev.asdf.burnengine.http.api.ApiJson;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code engine-cli status}: the engine at a glance, from the saved state (safe while the daemon runs). */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"The engine at a glance: who holds the run lock, tokens, pending fees, the last cycle, the"
                + " emergency stop, steps in flight and dead letters.",
            "Reads the state directory without the lock (safe while the daemon runs); --via asks the daemon's"
                + " /health instead.", "Exit codes: 0, 4 configuration error, 5 daemon unreachable (--via),"
                + " 7 integrity failure."})
final class StatusCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StateOptions state;

    @Mixin
    ViaOptions via;

    @Option(names = "--json", description = "Print JSON (the API's shapes for the parts the API also shows).")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (via.present()) {
            JsonNode health = via.client(state).get("/health").body();
            if (json) {
                out.println(CliJson.text(health));
            } else {
                out.println("daemon " + via.via + ": " + health.path("status").asText("unknown"));
                health.path("problems").forEach(p -> out.println("  problem: " + p.asText()));
                health.path("components").forEach(c -> out.println("  " + c.path("name").asText() + " "
                        + c.path("status").asText() + " " + c.path("detail").asText()));
            }
            return ExitCode.OK.code;
        }
        CliSettings settings = state.settings();
        SavedState saved = SavedState.read(settings);
        if (json) {
            out.println(CliJson.text(json(saved, new ApiJson(settings.http().explorerCluster()))));
        } else {
            text(saved, out);
        }
        return ExitCode.OK.code;
    }

    private static JsonNode json(SavedState saved, ApiJson api) {
        ObjectNode root = CliJson.object();
        root.put("stateDir", saved.root().toString());
        root.put("journalSeq", saved.view().journalSeq());
        ObjectNode lock = root.putObject("runLock");
        lock.put("held", saved.lockHolder().isPresent());
        saved.lockHolder().ifPresent(h -> lock.put("pid", h.pid()).put("since", h.since().toString())
                .put("command", h.command()));
        root.set("cycle", CliJson.tree(api.cycleStatus(saved.view(), false)));
        root.set("fees", CliJson.tree(api.fees(saved.view())));
        root.set("deadLetters", CliJson.tree(api.deadLetters(saved.view())));
        return root;
    }

    private static void text(SavedState saved, PrintWriter out) {
        EngineView view = saved.view();
        out.println("state         " + saved.root() + " (journal entry " + view.journalSeq() + ")");
        out.println("run lock      " + saved.lockHolder().map(RunLock.Held::describe).orElse("free"));
        Map<TokenStatus, Long> byStatus = view.tokens().stream()
                .collect(Collectors.groupingBy(t -> t.state().status(), Collectors.counting()));
        out.println("tokens        " + view.tokens().size() + " tracked: " + byStatus.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().name().toLowerCase()).collect(Collectors.joining(", ")));
        out.println("fees          pending " + sol(view.totals().pending()) + " (credited " + sol(view.totals().credited())
                + ", spent " + sol(view.totals().spent()) + "), unattributed " + sol(view.unattributed().pending()));
        CycleStats cycles = view.cycles();
        if (cycles.lastCycleId().isEmpty()) {
            out.println("cycles        none yet");
        } else {
            out.println("cycles        " + cycles.finished() + " finished; last " + cycles.lastCycleId() + " "
                    + cycles.lastStatus() + " " + ago(cycles.lastFinishedAt(), view.at()) + ": " + cycles.lastMessage());
            if (cycles.consecutiveFailures() > 0) {
                out.println("              " + cycles.consecutiveFailures() + " consecutive failed cycle(s)");
            }
        }
        out.println("emergency     " + (view.emergencyStop().engaged() ? "STOP ENGAGED since "
                + view.emergencyStop().since() + " by " + view.emergencyStop().actor() + ": "
                + view.emergencyStop().reason() : "released"));
        out.println("in flight     " + view.inFlight().size() + " step(s)" + (view.inFlight().isEmpty() ? ""
                : " (resolved from chain when the engine next starts)"));
        Map<String, String> labels = view.tokens().stream().collect(Collectors.toMap(
                t -> t.state().token().mint().toString(), StatusCommand::label, (a, b) -> a));
        long open = view.deadLetters().stream().filter(DeadLetterEntry::isOpen).count();
        out.println("dead letters  " + open + " open");
        view.deadLetters().stream().filter(DeadLetterEntry::isOpen).forEach(d -> out.println("              "
                + labels.getOrDefault(d.mint().toString(), d.mint().toString()) + " " + d.status() + " after "
                + d.failures() + " failure(s): " + d.lastError().code() + " " + d.lastError().message()));
    }

    static String label(TokenView t) {
        String symbol = t.state().token().symbol();
        return symbol == null || symbol.isBlank() ? t.state().token().mint().toString() : symbol;
    }

    static String sol(long lamports) {
        return Lamports.of(lamports).toSol();
    }

    private static String ago(Instant then, Instant now) {
        Duration d = Duration.between(then, now);
        if (d.toMinutes() < 1) {
            return "(" + d.toSeconds() + " s ago)";
        }
        if (d.toHours() < 2) {
            return "(" + d.toMinutes() + " min ago)";
        }
        return "(" + d.toHours() + " h ago)";
    }
}
