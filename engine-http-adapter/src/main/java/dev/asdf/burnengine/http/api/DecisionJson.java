package dev.asdf.burnengine.http.api;

import dev.asdf.burnengine.core.cycle.TokenDecision;

/** Why a token runs or waits in a plan ({@code verdict}: RUNS, DEFERRED, WAITS, PAUSED, DEAD_LETTERED). */
record DecisionJson(String mint, String label, String verdict, @LamportsJson long pendingLamports,
        @LamportsJson long allocationLamports, String reason) {

    static DecisionJson of(TokenDecision d) {
        return new DecisionJson(d.mint().toString(), d.label(), d.verdict().name(), d.pending().value(),
                d.allocation().value(), d.reason());
    }
}
