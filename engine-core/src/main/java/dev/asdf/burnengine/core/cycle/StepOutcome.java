package dev.asdf.burnengine.core.cycle;

import dev.asdf.burnengine.core.chain.TxSignature;
import dev.asdf.burnengine.core.money.Lamports;
import dev.asdf.burnengine.core.money.TokenAmount;
import java.util.Objects;

/** What became of one cycle step. Expected results are values, not exceptions. */
public sealed interface StepOutcome
        permits StepOutcome.Confirmed, StepOutcome.Failed, StepOutcome.Expired, StepOutcome.NotSent, StepOutcome.Skipped {

    /**
     * Landed and succeeded. Every amount is read from the confirmed transaction, never assumed from the plan.
     *
     * @param lamportsSpent lamports that left the authority for this step (root share, dev fee and the buy)
     */
    record Confirmed(TxSignature signature, long slot, Lamports lamportsSpent, TokenAmount tokensBought,
            TokenAmount tokensBurned, Lamports sentToRoot, Lamports devFee) implements StepOutcome {
        public Confirmed {
            Objects.requireNonNull(signature, "signature");
            Objects.requireNonNull(lamportsSpent, "lamportsSpent");
            Objects.requireNonNull(tokensBought, "tokensBought");
            Objects.requireNonNull(tokensBurned, "tokensBurned");
            Objects.requireNonNull(sentToRoot, "sentToRoot");
            Objects.requireNonNull(devFee, "devFee");
        }
    }

    /** Landed and failed on chain: nothing it did took effect except the fee. */
    record Failed(TxSignature signature, StepError error) implements StepOutcome {
        public Failed {
            Objects.requireNonNull(signature, "signature");
            Objects.requireNonNull(error, "error");
        }
    }

    /** Its blockhash expired before it landed: it never will, so the step may be planned again. */
    record Expired(TxSignature signature) implements StepOutcome {
        public Expired {
            Objects.requireNonNull(signature, "signature");
        }
    }

    /** The executor refused before signing or sending: nothing reached the chain. */
    record NotSent(StepError error) implements StepOutcome {
        public NotSent {
            Objects.requireNonNull(error, "error");
        }
    }

    /** The engine did not attempt the step (the collecting step failed, the engine is stopping, ...). */
    record Skipped(String reason) implements StepOutcome {
        public Skipped {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
