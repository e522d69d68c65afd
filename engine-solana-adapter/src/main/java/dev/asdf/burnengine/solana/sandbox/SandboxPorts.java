package dev.asdf.burnengine.solana.sandbox;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.chain.TxSignature;
import dev.asdf.burnengine.core.cycle.ChainSnapshot;
import dev.asdf.burnengine.core.cycle.CycleStep;
import dev.asdf.burnengine.core.cycle.Preparation;
import dev.asdf.burnengine.core.cycle.PreparedTransaction;
import dev.asdf.burnengine.core.cycle.RetryClass;
import dev.asdf.burnengine.core.cycle.StepError;
import dev.asdf.burnengine.core.cycle.StepOutcome;
import dev.asdf.burnengine.core.ecosystem.Ecosystem;
import dev.asdf.burnengine.core.fee.FeeCursor;
import dev.asdf.burnengine.core.fee.FeeEvent;
import dev.asdf.burnengine.core.fee.FeePage;
import dev.asdf.burnengine.core.fee.UnattributedDeposit;
import dev.asdf.burnengine.core.port.ChainState;
import dev.asdf.burnengine.core.port.CycleExecutor;
import dev.asdf.burnengine.core.port.FeeSource;
import dev.asdf.burnengine.core.port.TokenDirectory;
import dev.asdf.burnengine.core.token.Token;
import dev.asdf.burnengine.solana.program.asdf.AsdfAddresses;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/** The four chain ports over the {@link SimulatedChain}, with the configured share of steps failing or expiring. */
final class SandboxPorts implements FeeSource, ChainState, CycleExecutor, TokenDirectory {
    private final SimulatedChain chain;
    private final SandboxSettings settings;
    private final SandboxTransactions transactions;
    private final Map<TxSignature, CycleStep> prepared = new HashMap<>();
    private final Duration confirmationDelay;
    private final Runnable afterStep;

    /** @param afterStep runs after every step that changed the chain (the cluster saves itself) */
    SandboxPorts(SimulatedChain chain, SandboxSettings settings, Duration confirmationDelay, Runnable afterStep) {
        this.chain = chain;
        this.settings = settings;
        this.transactions = new SandboxTransactions(settings.seed());
        this.confirmationDelay = confirmationDelay;
        this.afterStep = afterStep;
    }

    // ---- FeeSource ----

    @Override
    public FeePage fetch(FeeCursor cursor, int maxTransactions) {
        long position = cursor.position().isEmpty() ? 0 : Long.parseLong(cursor.position());
        SimulatedChain.Page page = chain.page(position, maxTransactions);
        List<FeeEvent> events = new ArrayList<>();
        List<UnattributedDeposit> deposits = new ArrayList<>();
        long lastSlot = cursor.settledSlot();
        for (Object item : page.items()) {
            if (item instanceof FeeEvent e) {
                events.add(e);
                lastSlot = Math.max(lastSlot, e.slot());
            } else if (item instanceof UnattributedDeposit d) {
                deposits.add(d);
                lastSlot = Math.max(lastSlot, d.slot());
            }
        }
        FeeCursor next = new FeeCursor(Long.toString(page.next()), lastSlot, page.caughtUp() ? page.slot() : lastSlot);
        return new FeePage(events, deposits, List.of(), next, page.caughtUp());
    }

    // ---- ChainState ----

    @Override
    public ChainSnapshot read(List<Token> tokens) {
        return chain.snapshot();
    }

    // ---- TokenDirectory ----

    @Override
    public Ecosystem discover() {
        return new Ecosystem(AsdfAddresses.DAT_AUTHORITY, chain.tokens().stream().map(SimToken::token).toList(),
                chain.splitConfig());
    }

    @Override
    public Optional<Token> describe(Address mint) {
        return Optional.ofNullable(chain.token(mint)).map(SimToken::token);
    }

    // ---- CycleExecutor ----

    @Override
    public Preparation prepare(CycleStep step) {
        SimToken token = chain.token(step.token().mint());
        SimToken root = chain.tokens().get(0);
        if (token == null) {
            return new Preparation.Refused(new StepError("sandbox:unknown-token", "the sandbox has no token "
                    + step.token().mint(), RetryClass.PERMANENT));
        }
        if (fault(step.id().toString(), "prepare") < settings.faultRate() * 0.2) {
            return new Preparation.Refused(new StepError("sandbox:simulation-failed", "simulated preflight failure"
                    + " (sandbox fault injection); retried by the dead-letter queue", RetryClass.TRANSIENT));
        }
        PreparedTransaction tx;
        synchronized (chain) {
            tx = transactions.build(step, token, root, chain.slot(), chain.blockHeight());
        }
        synchronized (prepared) {
            prepared.put(tx.signature(), step);
        }
        return new Preparation.Ready(tx);
    }

    @Override
    public StepOutcome submit(PreparedTransaction tx) {
        CycleStep step;
        synchronized (prepared) {
            step = prepared.remove(tx.signature());
        }
        if (step == null) {
            throw new IllegalStateException("the sandbox did not prepare transaction " + tx.signature());
        }
        pause();
        double roll = fault(tx.signature().toString(), "submit");
        StepOutcome outcome;
        if (roll < settings.faultRate() / 2) {
            outcome = chain.expire(tx.signature(), tx.lastValidBlockHeight());
        } else if (roll < settings.faultRate()) {
            outcome = chain.fail(tx.signature(), "pump:6002:TooMuchSolRequired", "simulated slippage: the buy would cost"
                    + " more than its max_sol_cost (sandbox fault injection)", RetryClass.TRANSIENT);
        } else {
            outcome = chain.execute(step, tx.signature());
        }
        afterStep.run();
        return outcome;
    }

    @Override
    public StepOutcome resolve(CycleStep step, PreparedTransaction tx) {
        return chain.landedOr(tx.signature(), new StepOutcome.Expired(tx.signature()));
    }

    private double fault(String what, String salt) {
        return new SplittableRandom(SimulatedChain.seedHash(settings.seed(), salt + ":" + what)).nextDouble();
    }

    private void pause() {
        if (confirmationDelay.isZero()) {
            return;
        }
        try {
            Thread.sleep(confirmationDelay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
