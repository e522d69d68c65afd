package dev.asdf.burnengine.core.cycle;

import java.util.Objects;

/** The executor's answer to "build and sign this step": a transaction, or a refusal before anything was sent. */
public sealed interface Preparation permits Preparation.Ready, Preparation.Refused {

    record Ready(PreparedTransaction transaction) implements Preparation {
        public Ready {
            Objects.requireNonNull(transaction, "transaction");
        }
    }

    /** Nothing was signed or sent (the simulation failed, an account is missing, ...). */
    record Refused(StepError error) implements Preparation {
        public Refused {
            Objects.requireNonNull(error, "error");
        }
    }
}
