package dev.asdf.burnengine.http.api;

import dev.asdf.burnengine.core.cycle.CycleReport;
import dev.asdf.burnengine.core.query.EngineView;
import dev.asdf.burnengine.core.state.CycleStats;
import dev.asdf.burnengine.core.token.Token;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /cycle/status}: whether a cycle could start now and how cycles have gone. Which tokens a cycle would run
 * needs the chain's balances; {@code POST /cycle?dryRun=true} plans that without sending anything.
 *
 * @param ready false while a cycle runs, the emergency stop is engaged or earlier steps are unresolved
 * @param reasons why not ready
 * @param pendingTokens tokens with pending fees, whatever their eligibility
 */
record CycleStatusJson(boolean ready, List<String> reasons, boolean running, EmergencyStopJson emergencyStop,
        int inFlightSteps, @LamportsJson long totalPendingLamports, List<PendingJson> pendingTokens, StatsJson stats) {

    record PendingJson(String mint, String symbol, String status, @LamportsJson long pendingLamports) {
    }

    /**
     * @param cycleCount cycles finished, any outcome
     * @param lastCycleAt epoch ms, 0 = never
     * @param timeSinceLastCycle milliseconds, -1 = never
     */
    record StatsJson(long cycleCount, long cyclesPlanned, long lastCycleAt, long timeSinceLastCycle, String lastCycleId,
            String lastStatus, String lastMessage, int consecutiveFailures, Map<CycleReport.Status, Long> byStatus) {
    }

    static CycleStatusJson of(EngineView view, boolean running) {
        List<String> reasons = new ArrayList<>();
        if (running) {
            reasons.add("a cycle is running");
        }
        if (view.emergencyStop().engaged()) {
            reasons.add("the emergency stop is engaged (" + view.emergencyStop().reason()
                    + "); POST /admin/emergency-stop/release to run cycles again");
        }
        if (!view.inFlight().isEmpty() && !running) {
            reasons.add(view.inFlight().size() + " step(s) from an earlier run are unresolved; the next cycle resolves them first");
        }
        List<PendingJson> pending = view.tokens().stream()
                .filter(t -> t.fees().pending() > 0)
                .map(t -> {
                    Token token = t.state().token();
                    return new PendingJson(token.mint().toString(), token.symbol(), t.state().status().name(),
                            t.fees().pending());
                })
                .toList();
        CycleStats s = view.cycles();
        Map<CycleReport.Status, Long> byStatus = new EnumMap<>(CycleReport.Status.class);
        for (CycleReport.Status status : CycleReport.Status.values()) {
            byStatus.put(status, s.byStatus().getOrDefault(status, 0L));
        }
        boolean never = s.finished() == 0;
        long last = Times.millis(s.lastFinishedAt());
        StatsJson stats = new StatsJson(s.finished(), s.cyclesPlanned(), never ? 0 : last,
                never ? -1 : Math.max(0, Times.millis(view.at()) - last), s.lastCycleId(),
                never ? "" : s.lastStatus().name(), s.lastMessage(), s.consecutiveFailures(), byStatus);
        return new CycleStatusJson(reasons.isEmpty() && view.inFlight().isEmpty(), reasons, running,
                EmergencyStopJson.of(view.emergencyStop()), view.inFlight().size(), view.totals().pending(), pending,
                stats);
    }
}
