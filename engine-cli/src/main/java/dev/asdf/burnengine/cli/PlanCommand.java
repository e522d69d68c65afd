package dev.asdf.burnengine.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code engine-cli plan}: every token's verdict for a cycle run now; the same as {@code cycle --dry-run}. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Show what a cycle would do now: every token's pending fees, verdict and allocation, and the"
                + " ledger compared with the chain. Records and sends nothing (it does credit new fees first).",
            "Exit codes: 0 a cycle would run steps, 2 it would do nothing, 3 lock held (use --via), 4, 5, 7 as for"
                + " cycle."})
final class PlanCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StateOptions state;

    @Mixin
    ViaOptions via;

    @Option(names = "--json", description = "Print the API's dry-run JSON.")
    boolean json;

    @Option(names = {"-q", "--quiet"}, description = "No progress lines, even on a terminal.")
    boolean quiet;

    @Override
    public Integer call() {
        CycleCommand dryRun = new CycleCommand();
        dryRun.spec = spec;
        dryRun.state = state;
        dryRun.via = via;
        dryRun.dryRun = true;
        dryRun.json = json;
        dryRun.quiet = quiet;
        return dryRun.call();
    }
}
