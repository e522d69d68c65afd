package dev.asdf.burnengine.core.query;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.cycle.BurnRecord;
import dev.asdf.burnengine.core.deadletter.DeadLetterEntry;
import dev.asdf.burnengine.core.fee.FeeCursor;
import dev.asdf.burnengine.core.fee.LedgerAccount;
import dev.asdf.burnengine.core.state.CycleStats;
import dev.asdf.burnengine.core.state.EmergencyStop;
import dev.asdf.burnengine.core.state.InFlightStep;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A consistent, immutable read of everything the engine publishes, taken under one lock: what the HTTP API, the CLI
 * and the dashboard show. Adapters read this; they hold no business logic of their own.
 *
 * @param unregisteredFees fees credited to mints the token directory could not describe yet
 */
public record EngineView(
        Instant at,
        List<TokenView> tokens,
        Map<Address, LedgerAccount> unregisteredFees,
        LedgerAccount unattributed,
        LedgerAccount totals,
        List<BurnRecord> recentBurns,
        List<DeadLetterEntry> deadLetters,
        CycleStats cycles,
        EmergencyStop emergencyStop,
        List<InFlightStep> inFlight,
        FeeCursor cursor,
        long journalSeq) {

    public EngineView {
        Objects.requireNonNull(at, "at");
        tokens = List.copyOf(tokens);
        unregisteredFees = Map.copyOf(unregisteredFees);
        Objects.requireNonNull(unattributed, "unattributed");
        Objects.requireNonNull(totals, "totals");
        recentBurns = List.copyOf(recentBurns);
        deadLetters = List.copyOf(deadLetters);
        Objects.requireNonNull(cycles, "cycles");
        Objects.requireNonNull(emergencyStop, "emergencyStop");
        inFlight = List.copyOf(inFlight);
        Objects.requireNonNull(cursor, "cursor");
    }

    public Optional<TokenView> token(Address mint) {
        return tokens.stream().filter(t -> t.state().token().mint().equals(mint)).findFirst();
    }

    public Optional<TokenView> root() {
        return tokens.stream().filter(t -> t.state().token().isRoot()).findFirst();
    }
}
