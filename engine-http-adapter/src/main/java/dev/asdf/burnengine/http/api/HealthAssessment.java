package dev.asdf.burnengine.http.api;

import dev.asdf.burnengine.core.deadletter.DeadLetterEntry;
import dev.asdf.burnengine.core.deadletter.DeadLetterStatus;
import dev.asdf.burnengine.core.query.EngineView;
import dev.asdf.burnengine.core.token.TokenStatus;
import dev.asdf.burnengine.http.EngineHealth;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the engine's view, the process's component health and the poll statistics into one status, with a reason
 * for every downgrade. Unhealthy (503) only when a component is down, the one thing a restart or failover may fix;
 * everything that needs an operator's attention but not a restart is "degraded".
 */
final class HealthAssessment {
    static final double ERROR_RATE_LIMIT = 0.1;
    static final long MIN_POLLS_FOR_RATE = 10;

    private HealthAssessment() {}

    static HealthJson assess(EngineView view, boolean cycleRunning, EngineHealth.Readiness readiness,
            List<EngineHealth.Component> components, PollStats polls, long uptimeMs) {
        List<String> problems = new ArrayList<>();
        boolean down = false;
        for (EngineHealth.Component c : components) {
            if (c.status() == EngineHealth.Status.DOWN) {
                down = true;
                problems.add(c.name() + " is down: " + c.detail());
            } else if (c.status() == EngineHealth.Status.DEGRADED) {
                problems.add(c.name() + " is degraded: " + c.detail());
            }
        }
        if (!readiness.ready()) {
            problems.add("not ready: " + readiness.detail());
        }
        if (view.emergencyStop().engaged()) {
            problems.add("the emergency stop is engaged by " + view.emergencyStop().actor() + " ("
                    + view.emergencyStop().reason() + "); POST /admin/emergency-stop/release resumes cycles");
        }
        if (view.cycles().consecutiveFailures() > 0) {
            problems.add(view.cycles().consecutiveFailures() + " cycle(s) in a row did not complete; the last: "
                    + view.cycles().lastMessage());
        }
        if (!view.inFlight().isEmpty() && !cycleRunning) {
            problems.add(view.inFlight().size() + " step(s) sent by an earlier run are unresolved; the next cycle"
                    + " resolves them from chain first");
        }
        long needOperator = view.deadLetters().stream().map(DeadLetterEntry::status)
                .filter(s -> s == DeadLetterStatus.EXPIRED || s == DeadLetterStatus.PERMANENT).count();
        if (needOperator > 0) {
            problems.add(needOperator + " dead-lettered token(s) wait for an operator; see GET /dlq");
        }
        if (polls.pollCount() >= MIN_POLLS_FOR_RATE && polls.errorRate() > ERROR_RATE_LIMIT) {
            problems.add(String.format("%.0f%% of the last fee-source polls failed", polls.errorRate() * 100));
        }
        if (view.tokens().isEmpty()) {
            problems.add("no tokens are tracked; check the creator address and POST /admin/tokens/reload");
        }
        String status = down ? "unhealthy" : problems.isEmpty() ? "healthy" : "degraded";
        long open = view.deadLetters().stream().filter(DeadLetterEntry::isOpen).count();
        return new HealthJson(status, uptimeMs, Times.millis(view.at()), readiness.ready(), problems,
                new HealthJson.EngineJson(view.journalSeq(), cycleRunning, EmergencyStopJson.of(view.emergencyStop()),
                        view.inFlight().size(), open, view.cycles().consecutiveFailures()),
                FeesJson.PollJson.of(polls),
                new HealthJson.TokenCountsJson(view.tokens().size(), count(view, TokenStatus.ACTIVE),
                        count(view, TokenStatus.PAUSED), count(view, TokenStatus.DEFERRED)),
                components.stream().map(HealthJson.ComponentJson::of).toList());
    }

    private static long count(EngineView view, TokenStatus status) {
        return view.tokens().stream().filter(t -> t.state().status() == status).count();
    }
}
