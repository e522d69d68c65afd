package dev.asdf.burnengine.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asdf.burnengine.core.cycle.ChainSnapshot;
import dev.asdf.burnengine.core.cycle.CycleReport;
import dev.asdf.burnengine.core.query.EngineView;
import dev.asdf.burnengine.core.schedule.CycleSchedule;
import dev.asdf.burnengine.http.api.ApiJson;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code engine-cli cycle}: one flush cycle now, for cron; or through a running daemon with {@code --via}. */
@Command(name = "cycle", mixinStandardHelpOptions = true,
        description = {"Track fees until caught up, then run one cycle: collect, buy back and burn.",
            "Takes the run lock; while the daemon holds it, use --via to ask the daemon.",
            "Respects the schedule (threshold, minimum interval, windows) unless --force.",
            "Exit codes: 0 done, 2 nothing to do, 3 lock held or a cycle already running, 4 configuration error,"
                + " 5 chain (or daemon) unreachable, 6 partial failure, failure or refusal, 7 integrity failure."})
final class CycleCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StateOptions state;

    @Mixin
    ViaOptions via;

    @Option(names = "--dry-run", description = "Show what the cycle would do; record and send nothing.")
    boolean dryRun;

    @Option(names = "--json", description = "Print the API's JSON (the cycle report, or the plan with --dry-run).")
    boolean json;

    @Option(names = "--force", description = "Run even when the schedule says it is not time (below the threshold,"
            + " too soon after the last cycle, or outside the windows).")
    boolean force;

    @Option(names = {"-q", "--quiet"}, description = "No progress lines, even on a terminal.")
    boolean quiet;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (via.present()) {
            return throughDaemon(out);
        }
        CliSettings settings = state.settings();
        Progress progress = Progress.of(spec.commandLine().getErr(), quiet || json);
        ApiJson api = new ApiJson(settings.http().explorerCluster());
        try (EngineSession session = EngineSession.start(settings, "engine-cli cycle" + (dryRun ? " --dry-run" : ""),
                progress)) {
            session.catchUpFees(progress);
            ChainSnapshot chain = session.readChain();
            settings.schedule().thresholdProblem(chain.split().minRootAllocation()).ifPresent(problem -> {
                throw new CliFailure(ExitCode.CONFIGURATION_ERROR, problem);
            });
            if (dryRun) {
                JsonNode plan = CliJson.tree(api.preview(session.engine().previewCycle()));
                print(plan, out, false);
                return plan.path("steps").isEmpty() ? ExitCode.NOTHING_TO_DO.code : ExitCode.OK.code;
            }
            if (!force) {
                EngineView view = session.engine().view();
                CycleSchedule.Decision due = settings.schedule().decide(Clock.systemUTC().instant(),
                        view.totals().pending(), view.cycles().lastFinishedAt());
                if (!due.due()) {
                    out.println("nothing to do: " + due.reason() + " (--force runs anyway)");
                    return ExitCode.NOTHING_TO_DO.code;
                }
            }
            progress.step("running the cycle");
            CycleReport report = session.engine().runCycle();
            print(CliJson.tree(api.report(report)), out, true);
            return exitFor(report.status().name());
        }
    }

    private int throughDaemon(PrintWriter out) {
        DaemonClient daemon = via.client(state);
        DaemonClient.Answer answer = daemon.post(dryRun ? "/cycle?dryRun=true" : "/cycle");
        if (answer.status() == 200) {
            print(answer.body(), out, !dryRun);
            if (dryRun) {
                return answer.body().path("steps").isEmpty() ? ExitCode.NOTHING_TO_DO.code : ExitCode.OK.code;
            }
            return exitFor(answer.body().path("status").asText());
        }
        String reason = "the daemon at " + daemon.base() + " answered " + answer.status() + " "
                + answer.errorCode() + ": " + answer.errorMessage();
        if (answer.errorCode().equals("cycle_running")) {
            throw new CliFailure(ExitCode.LOCK_HELD, reason + "; wait for it to finish");
        }
        if (answer.status() == 503) {
            throw new CliFailure(ExitCode.CHAIN_UNREACHABLE, reason);
        }
        if (answer.errorCode().equals("cycle_refused")) {
            throw new CliFailure(ExitCode.PARTIAL_FAILURE, reason);
        }
        throw new CliFailure(ExitCode.INTERNAL_ERROR, reason);
    }

    private void print(JsonNode node, PrintWriter out, boolean isReport) {
        if (json) {
            out.println(CliJson.text(node));
        } else if (isReport) {
            CycleText.report(node, out);
        } else {
            CycleText.plan(node, out);
        }
    }

    /** COMPLETED 0, NOTHING_TO_DO 2, anything else 6 (partial, failed, or refused with the engine's reason). */
    static int exitFor(String status) {
        return switch (status) {
            case "COMPLETED" -> ExitCode.OK.code;
            case "NOTHING_TO_DO" -> ExitCode.NOTHING_TO_DO.code;
            default -> ExitCode.PARTIAL_FAILURE.code;
        };
    }
}
