package dev.asdf.burnengine.http.api;

import dev.asdf.burnengine.core.cycle.CyclePreview;
import dev.asdf.burnengine.core.cycle.CycleReport;
import dev.asdf.burnengine.core.query.EngineView;
import dev.asdf.burnengine.core.state.EmergencyStop;
import dev.asdf.burnengine.http.HttpSettings.ExplorerCluster;
import java.util.List;

/**
 * The API's representations of the results the admin endpoints return, so that {@code POST /cycle} answers with the
 * same report shape as {@code GET /cycles/{id}}, and the CLI's {@code --json} output is the API's.
 */
public final class ApiJson {
    private final Explorer explorer;

    public ApiJson(ExplorerCluster cluster) {
        this.explorer = new Explorer(cluster);
    }

    public Object report(CycleReport report) {
        return CycleReportJson.of(report, explorer);
    }

    public Object preview(CyclePreview preview) {
        return PreviewJson.of(preview);
    }

    /** {@code GET /tokens}. */
    public Object tokens(EngineView view) {
        List<TokenJson> tokens = view.tokens().stream().map(TokenJson::of).toList();
        return new ReadApi.TokensJson(tokens.size(), tokens);
    }

    /** {@code GET /dlq}. */
    public Object deadLetters(EngineView view) {
        List<DeadLetterJson> entries = view.deadLetters().stream().map(DeadLetterJson::of).toList();
        long open = entries.stream().filter(DeadLetterJson::open).count();
        return new ReadApi.DeadLettersJson(entries.size(), open, entries);
    }

    /** {@code GET /cycle/status}. */
    public Object cycleStatus(EngineView view, boolean running) {
        return CycleStatusJson.of(view, running);
    }

    /** {@code GET /fees} as a process without fee polls of its own shows it (poll statistics zero). */
    public Object fees(EngineView view) {
        return FeesJson.of(view, new PollStats(0, 0, 0, 0, 0));
    }

    public Object emergencyStop(EmergencyStop stop) {
        return new EmergencyStopBody(EmergencyStopJson.of(stop));
    }

    record EmergencyStopBody(EmergencyStopJson emergencyStop) {
    }
}
