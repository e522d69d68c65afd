package dev.asdf.burnengine.core.port;

import dev.asdf.burnengine.core.cycle.CycleStep;
import dev.asdf.burnengine.core.cycle.Preparation;
import dev.asdf.burnengine.core.cycle.PreparedTransaction;
import dev.asdf.burnengine.core.cycle.StepOutcome;

/**
 * Turns cycle steps into transactions on chain. The engine drives the exactly-once protocol around it: it records
 * the prepared transaction in the journal between {@link #prepare} and {@link #submit}, and after a restart calls
 * {@link #resolve} for every recorded transaction whose outcome was never recorded.
 */
public interface CycleExecutor {

    /** Builds and signs the step's transaction (simulating it first where the strategy does); sends nothing. */
    Preparation prepare(CycleStep step);

    /**
     * Sends exactly these bytes, rebroadcasting the same bytes until they confirm, fail or expire. Never re-signs.
     * Returns {@link StepOutcome.Confirmed}, {@link StepOutcome.Failed} or {@link StepOutcome.Expired}.
     */
    StepOutcome submit(PreparedTransaction transaction);

    /**
     * Finds out what became of a transaction recorded before a crash, waiting until it is final (confirmed, failed,
     * or its blockhash expired). May rebroadcast the same bytes; never signs anything new.
     */
    StepOutcome resolve(CycleStep step, PreparedTransaction transaction);
}
