package dev.asdf.burnengine.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code engine-cli health}: the daemon's {@code /health} as an exit code, for container and service health checks. */
@Command(name = "health", mixinStandardHelpOptions = true,
        description = {"Ask a running daemon whether it is healthy (GET /health).",
            "Exit codes: 0 healthy or degraded, 1 unhealthy, 5 not answering."})
final class HealthCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--via", paramLabel = "URL", defaultValue = "http://127.0.0.1:3030",
            description = "The daemon's address (default: ${DEFAULT-VALUE}).")
    URI via;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "5",
            description = "How long to wait for the answer (default: ${DEFAULT-VALUE} s).")
    long timeoutSeconds;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing; the exit code says it.")
    boolean quiet;

    @Override
    public Integer call() {
        DaemonClient.Answer answer = new DaemonClient(via, Optional.empty(), Duration.ofSeconds(timeoutSeconds))
                .get("/health");
        PrintWriter out = spec.commandLine().getOut();
        String status = answer.body().path("status").asText("unknown");
        if (!quiet) {
            out.println(status);
            answer.body().path("problems").forEach(p -> out.println("  " + p.asText()));
        }
        return answer.status() == 200 ? ExitCode.OK.code : ExitCode.INTERNAL_ERROR.code;
    }
}
