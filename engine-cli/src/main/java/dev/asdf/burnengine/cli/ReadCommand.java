package dev.asdf.burnengine.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asdf.burnengine.core.query.EngineView;
import dev.asdf.burnengine.http.api.ApiJson;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A command that shows one of the API's read views: from the saved state (read-only, safe while the daemon runs) or,
 * with {@code --via}, from the daemon; printed as the API's JSON with {@code --json}, as text otherwise.
 */
abstract class ReadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StateOptions state;

    @Mixin
    ViaOptions via;

    @Option(names = "--json", description = "Print the API's JSON for this view.")
    boolean json;

    /** The read endpoint with the same view, for {@code --via}. */
    abstract String apiPath();

    abstract Object view(ApiJson api, EngineView view);

    abstract void printText(JsonNode view, PrintWriter out);

    @Override
    public Integer call() {
        JsonNode view = ViewSource.read(state, via, apiPath(), this::view);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(CliJson.text(view));
        } else {
            printText(view, out);
        }
        return ExitCode.OK.code;
    }
}
