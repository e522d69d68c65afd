package dev.asdf.burnengine.solana.direct;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.cycle.CycleId;
import dev.asdf.burnengine.core.cycle.CycleStep;
import dev.asdf.burnengine.core.cycle.RetryClass;
import dev.asdf.burnengine.core.cycle.StepError;
import dev.asdf.burnengine.core.money.Lamports;
import dev.asdf.burnengine.solana.crypto.AssociatedTokenAddress;
import dev.asdf.burnengine.solana.crypto.Ed25519Keypair;
import dev.asdf.burnengine.solana.executor.StepAccounts;
import dev.asdf.burnengine.solana.executor.StepBuild;
import dev.asdf.burnengine.solana.executor.StepTip;
import dev.asdf.burnengine.solana.executor.StepTransaction;
import dev.asdf.burnengine.solana.executor.StepTransactions;
import dev.asdf.burnengine.solana.feesource.EcosystemVaults;
import dev.asdf.burnengine.solana.message.AddressLookupTable;
import dev.asdf.burnengine.solana.message.Blockhash;
import dev.asdf.burnengine.solana.message.Instruction;
import dev.asdf.burnengine.solana.message.MessageCompiler;
import dev.asdf.burnengine.solana.message.Transaction;
import dev.asdf.burnengine.solana.program.computebudget.ComputeBudgetInstructions;
import dev.asdf.burnengine.solana.program.ProgramIds;
import dev.asdf.burnengine.solana.program.system.SystemInstructions;
import dev.asdf.burnengine.solana.program.token.TokenInstructions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Direct mode (docs/direct-mode.md): the operator's own key is the tokens' creator, and one atomic transaction per
 * step collects its fees (first step of a cycle), buys with pump's current instructions, burns exactly the tokens the
 * buy delivered and, for a secondary, pays the root share and dev fee the planner split off. Pump's buys are
 * exact-output ({@code amount} tokens for at most {@code max_sol_cost}), so the burn names that same amount: the
 * transaction cannot land with the buy delivering anything else.
 *
 * <p>Caps: the buy's budget is the step's (a secondary's kept share minus its dev fee; the root's whole allocation),
 * the buy's on-chain cap never exceeds it, and the caps of one cycle's buys together never exceed
 * {@code direct.maxSpendPerCycle} (a step that would is built smaller or refused).
 *
 * <p>With {@code direct.jito} a {@link StepTip} adds the bundle's tip as the last instruction, so the tip is part of
 * the bytes that are simulated, signed, journaled and resent.
 */
public final class DirectStepTransactions implements StepTransactions {
    private final Ed25519Keypair operator;
    private final DirectSettings settings;
    private final CollectLeg collect;
    private final BuyLeg buy;
    private final Supplier<List<AddressLookupTable>> lookupTables;
    private final StepTip tip;
    private final Map<CycleId, Long> committed = new LinkedHashMap<>();

    /** Without a lookup table: a step over the legacy size limit is refused. */
    public DirectStepTransactions(Ed25519Keypair operator, DirectSettings settings, CollectLeg collect, BuyLeg buy) {
        this(operator, settings, collect, buy, List::of);
    }

    /** @param lookupTables read when a step is over the legacy size limit ({@code direct.lookupTable}) */
    public DirectStepTransactions(Ed25519Keypair operator, DirectSettings settings, CollectLeg collect, BuyLeg buy,
            Supplier<List<AddressLookupTable>> lookupTables) {
        this(operator, settings, collect, buy, lookupTables, StepTip.NONE);
    }

    /** @param tip appended last to every step (a Jito tip), {@link StepTip#NONE} otherwise */
    public DirectStepTransactions(Ed25519Keypair operator, DirectSettings settings, CollectLeg collect, BuyLeg buy,
            Supplier<List<AddressLookupTable>> lookupTables, StepTip tip) {
        this.operator = operator;
        this.settings = settings;
        this.collect = collect;
        this.buy = buy;
        this.lookupTables = lookupTables;
        this.tip = tip;
    }

    @Override
    public StepBuild build(CycleStep step) {
        Address creator = operator.address();
        List<Instruction> ixs = new ArrayList<>();
        List<Ed25519Keypair> signers = new ArrayList<>(List.of(operator));
        List<Address> sources = List.of();
        if (step.collects()) {
            CollectLeg.Plan plan = collect.plan(step.token(), creator);
            if (plan instanceof CollectLeg.Plan.Refused r) {
                return new StepBuild.Unbuildable(r.error());
            }
            CollectLeg.Plan.Ready ready = (CollectLeg.Plan.Ready) plan;
            ixs.addAll(ready.instructions());
            addSigners(signers, ready.extraSigners());
            sources = ready.sources();
        }
        Lamports budget = step instanceof CycleStep.SecondaryBuyback s ? s.split().buyBudget() : step.allocation();
        Lamports capLeft;
        synchronized (committed) {
            capLeft = Lamports.of(Math.max(0, settings.maxSpendPerCycle().value()
                    - committed.getOrDefault(step.id().cycle(), 0L)));
        }
        Lamports buyBudget = budget.min(capLeft);
        if (buyBudget.isZero()) {
            return refuse("direct:spend-cap", "the buys of cycle " + step.id().cycle() + " already use all of"
                    + " direct.maxSpendPerCycle = " + settings.maxSpendPerCycle() + "; " + step.token().label()
                    + " waits for the next cycle (raise the cap to spend more per cycle)", RetryClass.TRANSIENT);
        }
        BuyLeg.Plan plan = buy.plan(new BuyLeg.Request(step.token(), creator, buyBudget, settings.slippageBps()));
        if (plan instanceof BuyLeg.Plan.Refused r) {
            return new StepBuild.Unbuildable(r.error());
        }
        BuyLeg.Plan.Ready bought = (BuyLeg.Plan.Ready) plan;
        if (bought.maxCost().value() > buyBudget.value() || bought.tokens().isZero()) {
            return refuse("direct:buy-over-budget", "the buy leg planned " + bought.tokens() + " tokens for up to "
                    + bought.maxCost() + " lamports against a budget of " + buyBudget + "; refused, nothing is sent",
                    RetryClass.PERMANENT);
        }
        ixs.addAll(bought.instructions());
        addSigners(signers, bought.extraSigners());
        Address tokenProgram = ProgramIds.of(step.token().program());
        Address ata = AssociatedTokenAddress.find(creator, step.token().mint(), tokenProgram).address();
        ixs.add(TokenInstructions.burn(ata, step.token().mint(), creator, bought.tokens(), tokenProgram));
        if (step instanceof CycleStep.SecondaryBuyback s) {
            if (!s.split().toRoot().isZero()) {
                ixs.add(SystemInstructions.transfer(creator, settings.rootTreasury().orElseThrow(() ->
                        new IllegalStateException("a root share of " + s.split().toRoot() + " was planned without"
                                + " direct.rootTreasury; the split must be 0 then")), s.split().toRoot()));
            }
            if (!s.split().devFee().isZero()) {
                ixs.add(SystemInstructions.transfer(creator, settings.devWallet().orElseThrow(() ->
                        new IllegalStateException("a dev fee of " + s.split().devFee() + " was planned without"
                                + " direct.devWallet; the fee must be 0 then")), s.split().devFee()));
            }
        }
        StepTip.Plan tipPlan = tip.plan(creator);
        if (tipPlan instanceof StepTip.Plan.Refused r) {
            return new StepBuild.Unbuildable(r.error());
        }
        ixs.addAll(((StepTip.Plan.Ready) tipPlan).instructions());
        List<AddressLookupTable> tables = List.of();
        int legacySize = legacySize(ixs, signers);
        if (legacySize > Transaction.MAX_SIZE) {
            tables = lookupTables.get();
            if (tables.isEmpty()) {
                return refuse("direct:too-large", step.token().label() + "'s step (" + ixs.size() + " instructions) is "
                        + legacySize + " bytes as a legacy message, over Solana's " + Transaction.MAX_SIZE + "; create"
                        + " the address lookup table of docs/direct-mode.md and name it in direct.lookupTable",
                        RetryClass.PERMANENT);
            }
        }
        synchronized (committed) {
            committed.merge(step.id().cycle(), bought.maxCost().value(), Long::sum);
            while (committed.size() > 16) {
                committed.remove(committed.keySet().iterator().next());
            }
        }
        return new StepBuild.Built(new StepTransaction(ixs, signers, accounts(step, sources), tables));
    }

    /** The legacy size with the executor's two compute-budget instructions (the blockhash does not change it). */
    static int legacySize(List<Instruction> ixs, List<Ed25519Keypair> signers) {
        List<Instruction> all = new ArrayList<>(List.of(ComputeBudgetInstructions.setComputeUnitLimit(1),
                ComputeBudgetInstructions.setComputeUnitPrice(1)));
        all.addAll(ixs);
        return Transaction.unsigned(MessageCompiler.compileLegacy(signers.get(0).address(), all,
                Blockhash.of(new byte[32]))).serializedLength();
    }

    @Override
    public StepAccounts accounts(CycleStep step) {
        EcosystemVaults vaults = EcosystemVaults.of(operator.address());
        return accounts(step, step.collects() ? vaults.addresses() : List.of());
    }

    private StepAccounts accounts(CycleStep step, List<Address> sources) {
        boolean secondary = step instanceof CycleStep.SecondaryBuyback;
        return new StepAccounts(operator.address(), step.token().mint(), sources,
                secondary ? settings.rootTreasury().map(List::of).orElse(List.of()) : List.of(),
                secondary ? settings.devWallet().map(List::of).orElse(List.of()) : List.of(), tip.recipients());
    }

    private static void addSigners(List<Ed25519Keypair> signers, List<Ed25519Keypair> extra) {
        for (Ed25519Keypair k : extra) {
            if (signers.stream().noneMatch(s -> s.address().equals(k.address()))) {
                signers.add(k);
            }
        }
    }

    private static StepBuild refuse(String code, String message, RetryClass retryClass) {
        return new StepBuild.Unbuildable(new StepError(code, message, retryClass));
    }
}
