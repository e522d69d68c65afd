package dev.asdf.burnengine.http.api;

import dev.asdf.burnengine.core.cycle.CyclePreview;
import dev.asdf.burnengine.core.cycle.CycleReport;
import dev.asdf.burnengine.core.state.EmergencyStop;
import dev.asdf.burnengine.http.HttpSettings.ExplorerCluster;

/**
 * The API's representations of the results the admin endpoints return, so that {@code POST /cycle} answers with the
 * same report shape as {@code GET /cycles/{id}}.
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

    public Object emergencyStop(EmergencyStop stop) {
        return new EmergencyStopBody(EmergencyStopJson.of(stop));
    }

    record EmergencyStopBody(EmergencyStopJson emergencyStop) {
    }
}
