package dev.asdf.burnengine.http.api;

import java.util.List;

/**
 * The feed's {@code snapshot} message: everything the dashboard renders, so a client can draw at once and then
 * apply events. Sent on connect and on a client's {@code {"action":"snapshot"}} request.
 *
 * @param at epoch ms of the engine view it was taken from
 * @param explorer the cluster explorer links point to ({@code none} = no links)
 * @param recentBurns newest first, at most 100
 * @param recentCycles newest first, at most 10 (reports of this process)
 */
record SnapshotJson(long at, HealthJson health, ExplorerJson explorer, FeesJson.TotalsJson totals,
        List<TokenJson> tokens, List<BurnJson> recentBurns, List<CycleReportJson> recentCycles,
        List<DeadLetterJson> deadLetters, CycleStatusJson cycle) {

    record ExplorerJson(String cluster) {
    }
}
