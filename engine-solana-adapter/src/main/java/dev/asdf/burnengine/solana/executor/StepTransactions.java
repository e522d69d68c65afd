package dev.asdf.burnengine.solana.executor;

import dev.asdf.burnengine.core.cycle.CycleStep;

/**
 * How a cycle step becomes instructions: the one part of execution that differs between the ASDF program, pump's
 * direct mode and the LiteSVM test profile. Simulation, compute units, priority fees, signing, sending, confirmation
 * and outcome reading are the executor's and the same for every strategy.
 */
public interface StepTransactions {

    /** The step's instructions and signers, without compute-budget instructions. */
    StepBuild build(CycleStep step);

    /**
     * The accounts whose balances tell what the step did, without building anything (used by {@code resolve} after a
     * restart); may read the chain.
     */
    StepAccounts accounts(CycleStep step);
}
