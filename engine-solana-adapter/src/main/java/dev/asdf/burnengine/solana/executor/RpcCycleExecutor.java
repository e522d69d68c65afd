package dev.asdf.burnengine.solana.executor;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.chain.TxSignature;
import dev.asdf.burnengine.core.cycle.CycleStep;
import dev.asdf.burnengine.core.cycle.Preparation;
import dev.asdf.burnengine.core.cycle.PreparedTransaction;
import dev.asdf.burnengine.core.cycle.StepOutcome;
import dev.asdf.burnengine.core.port.CycleExecutor;
import dev.asdf.burnengine.solana.crypto.Ed25519Keypair;
import dev.asdf.burnengine.solana.error.ErrorDecoder;
import dev.asdf.burnengine.solana.error.TransactionErrors;
import dev.asdf.burnengine.solana.message.AccountMeta;
import dev.asdf.burnengine.solana.message.Instruction;
import dev.asdf.burnengine.solana.message.LegacyMessage;
import dev.asdf.burnengine.solana.message.MessageCompiler;
import dev.asdf.burnengine.solana.message.Transaction;
import dev.asdf.burnengine.solana.program.computebudget.ComputeBudgetInstructions;
import dev.asdf.burnengine.solana.rpc.LatestBlockhash;
import dev.asdf.burnengine.solana.rpc.RpcErrorResponse;
import dev.asdf.burnengine.solana.rpc.RpcMetrics;
import dev.asdf.burnengine.solana.rpc.RpcSettings;
import dev.asdf.burnengine.solana.rpc.Simulation;
import dev.asdf.burnengine.solana.rpc.SolanaRpc;
import dev.asdf.burnengine.solana.rpc.SolanaSubscriptions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@link CycleExecutor} over JSON-RPC. {@link #prepare}: the strategy's instructions, simulated with the maximum
 * compute-unit limit; a failed simulation is a refusal with the decoded error (an error the profile does not know is
 * {@code PROTOCOL_DRIFT}); then the limit is the simulated units × {@code rpc.computeUnits.margin} (capped), the price
 * a percentile of {@code getRecentPrioritizationFees} over the writable accounts (capped), and the transaction is
 * signed once, as a legacy message unless it is over the size limit and the strategy gave lookup tables (then v0).
 * {@link #submit} and {@link #resolve} land those exact bytes ({@link TransactionSender}) and read the
 * outcome from the confirmed transaction ({@link OutcomeReader}).
 */
public final class RpcCycleExecutor implements CycleExecutor {
    private final SolanaRpc rpc;
    private final StepTransactions strategy;
    private final TransactionSender sender;
    private final RpcSettings settings;
    private final RpcMetrics metrics;
    private final Map<TxSignature, StepAccounts> prepared = new ConcurrentHashMap<>();

    public RpcCycleExecutor(SolanaRpc rpc, StepTransactions strategy, Optional<SolanaSubscriptions> live,
            RpcMetrics metrics, Clock clock) {
        this(rpc, strategy, TransactionSubmission.rpc(rpc, metrics), live, metrics, clock);
    }

    /** @param submission how signed bytes are sent (landing is still read from {@code rpc}) */
    public RpcCycleExecutor(SolanaRpc rpc, StepTransactions strategy, TransactionSubmission submission,
            Optional<SolanaSubscriptions> live, RpcMetrics metrics, Clock clock) {
        this.rpc = rpc;
        this.strategy = strategy;
        this.settings = rpc.client().settings();
        this.metrics = metrics;
        this.sender = new TransactionSender(rpc, submission, live, metrics, clock);
    }

    @Override
    public Preparation prepare(CycleStep step) {
        StepBuild build = strategy.build(step);
        if (build instanceof StepBuild.Unbuildable u) {
            return new Preparation.Refused(u.error());
        }
        StepTransaction tx = ((StepBuild.Built) build).transaction();
        LatestBlockhash blockhash = rpc.latestBlockhash();
        Simulation simulation = rpc.simulate(sign(tx, settings.computeUnitCap(), 0, blockhash).serialize());
        if (simulation.failed()) {
            metrics.count("tx_simulations", "result", "failed", 1);
            List<Address> programs = tx.instructions().stream().map(Instruction::programId).toList();
            List<Address> withBudget = new ArrayList<>(List.of(ComputeBudgetInstructions.setComputeUnitLimit(1).programId(),
                    ComputeBudgetInstructions.setComputeUnitPrice(0).programId()));
            withBudget.addAll(programs);
            return new Preparation.Refused(ErrorDecoder.decode(TransactionErrors.parse(simulation.err()), withBudget,
                    simulation.logs()).toStepError());
        }
        metrics.count("tx_simulations", "result", "ok", 1);
        long units = Math.min(settings.computeUnitCap(),
                (long) Math.ceil(Math.max(1, simulation.unitsConsumed()) * settings.computeUnitMargin()));
        long price = priceFor(tx);
        Transaction signed = sign(tx, units, price, blockhash);
        PreparedTransaction out = new PreparedTransaction(signed.signature(), signed.serialize(),
                blockhash.lastValidBlockHeight());
        prepared.put(out.signature(), tx.accounts());
        return new Preparation.Ready(out);
    }

    @Override
    public StepOutcome submit(PreparedTransaction transaction) {
        StepAccounts accounts = prepared.remove(transaction.signature());
        if (accounts == null) {
            throw new IllegalStateException("transaction " + transaction.signature() + " was not prepared by this"
                    + " executor; after a restart the engine must call resolve(step, transaction) instead of submit");
        }
        return sender.land(transaction, true, json -> TransactionSender.parseAndRead(json, accounts));
    }

    @Override
    public StepOutcome resolve(CycleStep step, PreparedTransaction transaction) {
        StepAccounts accounts = strategy.accounts(step);
        return sender.land(transaction, false, json -> TransactionSender.parseAndRead(json, accounts));
    }

    private long priceFor(StepTransaction tx) {
        Set<Address> writable = new LinkedHashSet<>();
        for (Instruction ix : tx.instructions()) {
            for (AccountMeta meta : ix.accounts()) {
                if (meta.writable()) {
                    writable.add(meta.address());
                }
            }
        }
        try {
            return PriorityFee.of(rpc.recentPrioritizationFees(List.copyOf(writable)), settings.priorityFeePercentile(),
                    settings.priorityFeeCapMicroLamports());
        } catch (RpcErrorResponse unsupported) {
            metrics.count("priority_fee_fallbacks", "reason", "rpc_error", 1);
            return 0;
        }
    }

    private static Transaction sign(StepTransaction tx, long units, long price, LatestBlockhash blockhash) {
        List<Instruction> all = new ArrayList<>();
        all.add(ComputeBudgetInstructions.setComputeUnitLimit(units));
        all.add(ComputeBudgetInstructions.setComputeUnitPrice(price));
        all.addAll(tx.instructions());
        Ed25519Keypair payer = tx.signers().get(0);
        LegacyMessage message = MessageCompiler.compileLegacy(payer.address(), all, blockhash.blockhash());
        Transaction legacy = Transaction.sign(message, tx.signers());
        if (tx.lookupTables().isEmpty() || legacy.serializedLength() <= Transaction.MAX_SIZE) {
            return legacy;
        }
        return Transaction.sign(MessageCompiler.compileV0(payer.address(), all, blockhash.blockhash(),
                tx.lookupTables()), tx.signers());
    }
}
