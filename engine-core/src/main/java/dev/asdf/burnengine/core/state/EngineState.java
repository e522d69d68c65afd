package dev.asdf.burnengine.core.state;

import dev.asdf.burnengine.core.cycle.BurnRecord;
import dev.asdf.burnengine.core.deadletter.DeadLetterEntry;
import dev.asdf.burnengine.core.fee.FeeCursor;
import dev.asdf.burnengine.core.fee.LedgerState;
import dev.asdf.burnengine.core.token.TokenState;
import java.util.List;
import java.util.Objects;

/**
 * A complete, immutable picture of the engine's state after journal entry {@code journalSeq}: what a
 * {@link dev.asdf.burnengine.core.port.StateStore} saves and what start-up rebuilds from.
 *
 * @param configFingerprint identifies the configuration the state belongs to (creator, cluster, strategy); state from a
 *                          different ecosystem is refused at start instead of being silently discarded
 * @param recentBurns newest first, bounded; the journal keeps the full history
 */
public record EngineState(
        long journalSeq,
        String configFingerprint,
        LedgerState ledger,
        FeeCursor cursor,
        List<TokenState> tokens,
        List<TokenTotals> totals,
        List<DeadLetterEntry> deadLetters,
        List<BurnRecord> recentBurns,
        List<InFlightStep> inFlight,
        EmergencyStop emergencyStop,
        CycleStats cycles) {

    public EngineState {
        if (journalSeq < 0) {
            throw new IllegalArgumentException("journalSeq cannot be negative, got " + journalSeq);
        }
        Objects.requireNonNull(configFingerprint, "configFingerprint");
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(cursor, "cursor");
        tokens = List.copyOf(tokens);
        totals = List.copyOf(totals);
        deadLetters = List.copyOf(deadLetters);
        recentBurns = List.copyOf(recentBurns);
        inFlight = List.copyOf(inFlight);
        Objects.requireNonNull(emergencyStop, "emergencyStop");
        Objects.requireNonNull(cycles, "cycles");
    }

    /** The state of an engine that has never run. */
    public static EngineState initial(String configFingerprint) {
        return new EngineState(0, configFingerprint, LedgerState.EMPTY, FeeCursor.START, List.of(), List.of(), List.of(),
                List.of(), List.of(), EmergencyStop.RELEASED, CycleStats.NONE);
    }
}
