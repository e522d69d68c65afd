package dev.asdf.burnengine.solana.executor;

import dev.asdf.burnengine.core.cycle.StepError;
import java.util.Objects;

/** What a {@link StepTransactions} strategy made of a step: a transaction, or why it cannot build one. */
public sealed interface StepBuild {
    record Built(StepTransaction transaction) implements StepBuild {
        public Built {
            Objects.requireNonNull(transaction, "transaction");
        }
    }

    /** Nothing can be built (a market the strategy cannot buy on, an account missing on chain). */
    record Unbuildable(StepError error) implements StepBuild {
        public Unbuildable {
            Objects.requireNonNull(error, "error");
        }
    }
}
