package dev.asdf.burnengine.solana.sandbox;

import dev.asdf.burnengine.core.cycle.CycleStep;
import dev.asdf.burnengine.core.cycle.PreparedTransaction;
import dev.asdf.burnengine.solana.crypto.Ed25519Keypair;
import dev.asdf.burnengine.solana.message.Blockhash;
import dev.asdf.burnengine.solana.message.Instruction;
import dev.asdf.burnengine.solana.message.MessageCompiler;
import dev.asdf.burnengine.solana.message.Transaction;
import dev.asdf.burnengine.solana.profile.ProgramProfiles;
import dev.asdf.burnengine.solana.program.ProgramIds;
import dev.asdf.burnengine.solana.program.asdf.AsdfInstructions;
import dev.asdf.burnengine.solana.program.asdf.BuyBudget;
import dev.asdf.burnengine.solana.program.asdf.CurveBuyTarget;
import dev.asdf.burnengine.solana.program.computebudget.ComputeBudgetInstructions;
import dev.asdf.burnengine.solana.program.pump.PumpAddresses;
import dev.asdf.burnengine.solana.program.pumpswap.PumpSwapAddresses;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds and signs the ASDF program's transaction for a cycle step, as the real executor sends it, so what the sandbox
 * journals is a real transaction that {@code engine-cli decode} can read. The admin key comes from the seed and never
 * leaves the process.
 */
final class SandboxTransactions {
    static final long BLOCKHASH_LIFETIME = 150;
    private final AsdfInstructions asdf = new AsdfInstructions(ProgramProfiles.current().asdf());
    private final Ed25519Keypair admin;

    SandboxTransactions(long seed) {
        this.admin = adminKey(seed);
    }

    PreparedTransaction build(CycleStep step, SimToken token, SimToken root, long slot, long blockHeight) {
        List<Instruction> ixs = new ArrayList<>();
        ixs.add(ComputeBudgetInstructions.setComputeUnitLimit(400_000));
        ixs.add(ComputeBudgetInstructions.setComputeUnitPrice(10_000));
        boolean isRoot = step instanceof CycleStep.RootBuyback;
        if (step.collects()) {
            ixs.add(asdf.collectFees(token.mint(), root.mint(), isRoot, true));
        }
        BuyBudget budget = BuyBudget.allocated(step.allocation().value());
        if (token.onCurve()) {
            CurveBuyTarget target = new CurveBuyTarget(token.mint(), token.curve().creator(),
                    ProgramIds.of(token.facts.program()), PumpAddresses.FEE_RECIPIENTS.get(0));
            ixs.add(isRoot ? asdf.executeBuy(target, budget) : asdf.executeBuySecondary(target, root.mint(), budget));
        } else {
            ixs.add(asdf.executeBuyAmm(PumpSwapAddresses.canonicalPool(token.mint()), token.pool(),
                    ProgramIds.of(token.facts.program()), PumpAddresses.FEE_RECIPIENTS.get(0), 1, step.allocation().value()));
        }
        ixs.add(asdf.finalizeAllocatedCycle(token.mint(), admin.address(), true));
        ixs.add(asdf.burnAndUpdate(token.mint(), ProgramIds.of(token.facts.program())));
        if (step instanceof CycleStep.SecondaryBuyback s) {
            ixs.add(asdf.transferDevFee(s.split().kept().value()));
        }
        Blockhash blockhash = Blockhash.of(SimulatedChain.sha256("sandbox-blockhash:" + slot));
        Transaction tx = Transaction.sign(MessageCompiler.compileLegacy(admin.address(), ixs, blockhash), admin);
        return new PreparedTransaction(tx.signature(), tx.serialize(), blockHeight + BLOCKHASH_LIFETIME);
    }

    static Ed25519Keypair adminKey(long seed) {
        return Ed25519Keypair.fromSeed(SimulatedChain.sha256("sandbox-admin:" + seed));
    }
}
