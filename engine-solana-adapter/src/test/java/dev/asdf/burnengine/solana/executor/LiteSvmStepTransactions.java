package dev.asdf.burnengine.solana.executor;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.cycle.CycleStep;
import dev.asdf.burnengine.core.money.Lamports;
import dev.asdf.burnengine.core.money.TokenAmount;
import dev.asdf.burnengine.core.token.TokenProgram;
import dev.asdf.burnengine.solana.codec.BorshWriter;
import dev.asdf.burnengine.solana.crypto.AssociatedTokenAddress;
import dev.asdf.burnengine.solana.crypto.Ed25519Keypair;
import dev.asdf.burnengine.solana.message.AccountMeta;
import dev.asdf.burnengine.solana.message.Instruction;
import dev.asdf.burnengine.solana.program.ProgramIds;
import dev.asdf.burnengine.solana.program.ata.AssociatedTokenInstructions;
import dev.asdf.burnengine.solana.program.system.SystemInstructions;
import dev.asdf.burnengine.solana.program.token.TokenInstructions;
import java.util.ArrayList;
import java.util.List;

/**
 * The LiteSVM test profile (the "later" strategy, needed now by the tests on the real SVM): "collect" is a
 * System transfer of the allocation from the vault stand-in into the authority; "buy" is one atomic pair where the
 * authority pays SOL to the market maker and receives {@link LiteSvmEcosystem#TOKENS_PER_LAMPORT} tokens per lamport
 * from it (a real SPL / Token-2022 TransferChecked); "burn" is a real BurnChecked; root share and dev fee are System
 * transfers. Only the instructions differ from production; the executor, sender and outcome reading are the real ones.
 */
public final class LiteSvmStepTransactions implements StepTransactions {
    private static final int TRANSFER_CHECKED = 12;
    private final LiteSvmEcosystem world;
    private final boolean collectFromVault;

    public LiteSvmStepTransactions(LiteSvmEcosystem world) {
        this(world, true);
    }

    /**
     * @param collectFromVault false when the test pays each fee into the authority's float as it records the fee
     *     transaction and the world's vault is also its root treasury (the RPC chaos run): the float the engine
     *     reconciles against then holds the fees, so a collect moves nothing, and a root step takes only its treasury
     *     part from the vault, so the treasury drains as the engine expects and the ledger and the chain stay in step
     */
    public LiteSvmStepTransactions(LiteSvmEcosystem world, boolean collectFromVault) {
        this.world = world;
        this.collectFromVault = collectFromVault;
    }

    @Override
    public StepBuild build(CycleStep step) {
        Address mint = step.token().mint();
        TokenProgram program = step.token().program();
        Address programId = ProgramIds.of(program);
        Address authority = world.authority.address();
        Address authorityAta = AssociatedTokenAddress.of(authority, mint, program);
        Address makerAta = AssociatedTokenAddress.of(world.marketMaker.address(), mint, program);
        long buyLamports = step instanceof CycleStep.SecondaryBuyback s ? s.split().buyBudget().value() : step.allocation().value();
        long tokens = buyLamports * LiteSvmEcosystem.TOKENS_PER_LAMPORT;

        List<Instruction> ixs = new ArrayList<>();
        List<Ed25519Keypair> signers = new ArrayList<>(List.of(world.feePayer, world.authority, world.marketMaker));
        Lamports collected = collected(step);
        if (!collected.isZero()) {
            ixs.add(SystemInstructions.transfer(world.vault.address(), authority, collected));
            signers.add(world.vault);
        }
        ixs.add(AssociatedTokenInstructions.createIdempotent(world.feePayer.address(), authority, mint, programId));
        ixs.add(SystemInstructions.transfer(authority, world.marketMaker.address(), Lamports.of(buyLamports)));
        ixs.add(transferChecked(makerAta, mint, authorityAta, world.marketMaker.address(), tokens, programId));
        ixs.add(TokenInstructions.burnChecked(authorityAta, mint, authority, TokenAmount.of(tokens),
                LiteSvmEcosystem.DECIMALS, programId));
        if (step instanceof CycleStep.SecondaryBuyback s) {
            ixs.add(SystemInstructions.transfer(authority, world.rootTreasury, s.split().toRoot()));
            if (!s.split().devFee().isZero()) {
                ixs.add(SystemInstructions.transfer(authority, world.devWallet, s.split().devFee()));
            }
        }
        return new StepBuild.Built(new StepTransaction(ixs, signers, accounts(step)));
    }

    @Override
    public StepAccounts accounts(CycleStep step) {
        boolean secondary = step instanceof CycleStep.SecondaryBuyback;
        return new StepAccounts(world.authority.address(), step.token().mint(),
                collected(step).isZero() ? List.of() : List.of(world.vault.address()),
                secondary ? List.of(world.rootTreasury) : List.of(), secondary ? List.of(world.devWallet) : List.of());
    }

    /** What the step takes from the vault stand-in. */
    private Lamports collected(CycleStep step) {
        if (collectFromVault) {
            return step.collects() ? step.allocation() : Lamports.ZERO;
        }
        return step instanceof CycleStep.RootBuyback r ? r.fromTreasury() : Lamports.ZERO;
    }

    private static Instruction transferChecked(Address source, Address mint, Address destination, Address owner,
            long amount, Address programId) {
        return new Instruction(programId, List.of(AccountMeta.writable(source), AccountMeta.readonly(mint),
                AccountMeta.writable(destination), AccountMeta.readonlySigner(owner)),
                new BorshWriter(10).u8(TRANSFER_CHECKED).u64(amount).u8(LiteSvmEcosystem.DECIMALS).toByteArray());
    }
}
