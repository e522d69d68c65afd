package dev.asdf.burnengine.core.event;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.chain.TxSignature;
import dev.asdf.burnengine.core.cycle.CyclePlan;
import dev.asdf.burnengine.core.cycle.CycleReport;
import dev.asdf.burnengine.core.cycle.CycleStep;
import dev.asdf.burnengine.core.cycle.StepOutcome;
import dev.asdf.burnengine.core.deadletter.DeadLetterEntry;
import dev.asdf.burnengine.core.fee.Adjustment;
import dev.asdf.burnengine.core.fee.FeeEvent;
import dev.asdf.burnengine.core.fee.FeeRejection;
import dev.asdf.burnengine.core.fee.UnattributedDeposit;
import dev.asdf.burnengine.core.token.Token;
import java.time.Instant;
import java.util.Objects;

/**
 * What the engine tells the world as it happens (live feed, metrics, dashboards). Published after the fact is
 * journaled; a subscriber that misses one can always read the current state through the queries.
 */
public sealed interface DomainEvent {

    Instant at();

    record FeeCredited(Instant at, FeeEvent event, long tokenPending) implements DomainEvent {
        public FeeCredited {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(event, "event");
        }
    }

    record UnattributedCredited(Instant at, UnattributedDeposit deposit) implements DomainEvent {
        public UnattributedCredited {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(deposit, "deposit");
        }
    }

    record FeeRejected(Instant at, FeeRejection rejection) implements DomainEvent {
        public FeeRejected {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(rejection, "rejection");
        }
    }

    /**
     * One fee-source poll finished.
     *
     * @param caughtUp the source had nothing newer (the time since the last caught-up poll is the detection lag)
     * @param error empty, or why the poll stopped early
     */
    record FeesPolled(Instant at, int credited, int duplicates, boolean caughtUp, String error) implements DomainEvent {
        public FeesPolled {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(error, "error");
        }
    }

    record TokenDiscovered(Instant at, Token token) implements DomainEvent {
        public TokenDiscovered {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(token, "token");
        }
    }

    record TokenPaused(Instant at, Address mint, String reason) implements DomainEvent {
        public TokenPaused {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(mint, "mint");
            Objects.requireNonNull(reason, "reason");
        }
    }

    record TokenResumed(Instant at, Address mint) implements DomainEvent {
        public TokenResumed {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(mint, "mint");
        }
    }

    record LedgerAdjusted(Instant at, Adjustment adjustment) implements DomainEvent {
        public LedgerAdjusted {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(adjustment, "adjustment");
        }
    }

    record CyclePlanned(Instant at, CyclePlan plan) implements DomainEvent {
        public CyclePlanned {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(plan, "plan");
        }
    }

    record StepSent(Instant at, CycleStep step, TxSignature signature) implements DomainEvent {
        public StepSent {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(step, "step");
            Objects.requireNonNull(signature, "signature");
        }
    }

    record StepConfirmed(Instant at, CycleStep step, StepOutcome.Confirmed outcome) implements DomainEvent {
        public StepConfirmed {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(step, "step");
            Objects.requireNonNull(outcome, "outcome");
        }
    }

    /** Any outcome other than confirmed (failed, expired, not sent, skipped). */
    record StepFailed(Instant at, CycleStep step, StepOutcome outcome) implements DomainEvent {
        public StepFailed {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(step, "step");
            Objects.requireNonNull(outcome, "outcome");
        }
    }

    record CycleFinished(Instant at, CycleReport report) implements DomainEvent {
        public CycleFinished {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(report, "report");
        }
    }

    record DeadLettered(Instant at, DeadLetterEntry entry) implements DomainEvent {
        public DeadLettered {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(entry, "entry");
        }
    }

    /** A component's health changed (the chain, the fee source, the emergency stop). */
    record HealthChanged(Instant at, String component, boolean healthy, String detail) implements DomainEvent {
        public HealthChanged {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(component, "component");
            Objects.requireNonNull(detail, "detail");
        }
    }
}
