package dev.asdf.burnengine.core.journal;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.cycle.CycleId;
import dev.asdf.burnengine.core.cycle.CycleReport;
import dev.asdf.burnengine.core.cycle.CycleStep;
import dev.asdf.burnengine.core.cycle.PreparedTransaction;
import dev.asdf.burnengine.core.cycle.StepOutcome;
import dev.asdf.burnengine.core.fee.Adjustment;
import dev.asdf.burnengine.core.fee.FeeCursor;
import dev.asdf.burnengine.core.fee.FeeEvent;
import dev.asdf.burnengine.core.fee.LedgerDebit;
import dev.asdf.burnengine.core.fee.UnattributedDeposit;
import dev.asdf.burnengine.core.token.Token;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every fact the engine records, in the order it happened. The journal is the source of truth between snapshots: the
 * engine's state is the last snapshot plus these entries applied in order, and the live engine changes its state only
 * by recording an entry and applying it, so a replay after a crash ends where the process stopped.
 */
public sealed interface JournalEntry {

    /** Whether the journal must be on disk before {@code append} returns (never grouped with later entries). */
    default boolean requiresImmediateDurability() {
        return false;
    }

    /** A runner took the run lock and started. */
    record EngineStarted(String runner, String version, long pid) implements JournalEntry {
        public EngineStarted {
            Objects.requireNonNull(runner, "runner");
            Objects.requireNonNull(version, "version");
        }
    }

    /** A runner stopped cleanly. */
    record EngineStopped(String reason) implements JournalEntry {
        public EngineStopped {
            Objects.requireNonNull(reason, "reason");
        }
    }

    record FeeCredited(FeeEvent event) implements JournalEntry {
        public FeeCredited {
            Objects.requireNonNull(event, "event");
        }
    }

    record UnattributedCredited(UnattributedDeposit deposit) implements JournalEntry {
        public UnattributedCredited {
            Objects.requireNonNull(deposit, "deposit");
        }
    }

    /** The fee source processed everything up to this cursor; recorded after the credits it covers. */
    record FeeCursorAdvanced(FeeCursor cursor) implements JournalEntry {
        public FeeCursorAdvanced {
            Objects.requireNonNull(cursor, "cursor");
        }
    }

    /** A reconciliation adjustment, with the totals that justified it. */
    record LedgerAdjusted(Adjustment adjustment, long expected, long observed) implements JournalEntry {
        public LedgerAdjusted {
            Objects.requireNonNull(adjustment, "adjustment");
        }
    }

    /** A token was discovered, or its chain facts changed (a migration, a new root). */
    record TokenRegistered(Token token) implements JournalEntry {
        public TokenRegistered {
            Objects.requireNonNull(token, "token");
        }
    }

    record TokenPaused(Address mint, String reason, String actor) implements JournalEntry {
        public TokenPaused {
            Objects.requireNonNull(mint, "mint");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(actor, "actor");
        }
    }

    record TokenResumed(Address mint, String actor) implements JournalEntry {
        public TokenResumed {
            Objects.requireNonNull(mint, "mint");
            Objects.requireNonNull(actor, "actor");
        }
    }

    /**
     * A plan about to be executed.
     *
     * @param deferred tokens deferred below the program's minimum, with the reason
     */
    record CyclePlanned(CycleId cycle, List<CycleStep> steps, Map<Address, String> deferred, String summary)
            implements JournalEntry {
        public CyclePlanned {
            Objects.requireNonNull(cycle, "cycle");
            steps = List.copyOf(steps);
            deferred = Map.copyOf(deferred);
            Objects.requireNonNull(summary, "summary");
        }
    }

    /** A step's signed transaction, recorded before its first send. */
    record StepIntent(CycleStep step, PreparedTransaction transaction) implements JournalEntry {
        public StepIntent {
            Objects.requireNonNull(step, "step");
            Objects.requireNonNull(transaction, "transaction");
        }

        @Override
        public boolean requiresImmediateDurability() {
            return true;
        }
    }

    /** What became of a step, with what it took off the ledger. */
    record StepOutcomeRecorded(CycleStep step, StepOutcome outcome, LedgerDebit debit) implements JournalEntry {
        public StepOutcomeRecorded {
            Objects.requireNonNull(step, "step");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(debit, "debit");
        }

        @Override
        public boolean requiresImmediateDurability() {
            return true;
        }
    }

    record CycleFinished(CycleId cycle, CycleReport.Status status, String message) implements JournalEntry {
        public CycleFinished {
            Objects.requireNonNull(cycle, "cycle");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(message, "message");
        }
    }

    record DeadLetterRetried(Address mint, String actor) implements JournalEntry {
        public DeadLetterRetried {
            Objects.requireNonNull(mint, "mint");
            Objects.requireNonNull(actor, "actor");
        }
    }

    record DeadLetterDropped(Address mint, String actor) implements JournalEntry {
        public DeadLetterDropped {
            Objects.requireNonNull(mint, "mint");
            Objects.requireNonNull(actor, "actor");
        }
    }

    /** The emergency stop was engaged or released; it survives restarts. */
    record EmergencyStopChanged(boolean stopped, String reason, String actor) implements JournalEntry {
        public EmergencyStopChanged {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(actor, "actor");
        }

        @Override
        public boolean requiresImmediateDurability() {
            return true;
        }
    }

    /** An operator's call through an admin interface and how it ended, for the audit trail. */
    record AdminActionRecorded(String actor, String action, String outcome) implements JournalEntry {
        public AdminActionRecorded {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(outcome, "outcome");
        }
    }

    /** The journal store repaired itself on open (a torn last line was cut). */
    record JournalRepaired(String file, long bytesRemoved, String detail) implements JournalEntry {
        public JournalRepaired {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(detail, "detail");
        }
    }

    /** An entry with the sequence number and time the journal gave it. */
    record Journaled(long seq, Instant at, JournalEntry entry) {
        public Journaled {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(entry, "entry");
            if (seq < 1) {
                throw new IllegalArgumentException("journal sequence numbers start at 1, got " + seq);
            }
        }
    }
}
