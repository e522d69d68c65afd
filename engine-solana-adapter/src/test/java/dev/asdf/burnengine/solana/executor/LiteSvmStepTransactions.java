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

    public LiteSvmStepTransactions(LiteSvmEcosystem world) {
        this.world = world;
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
        if (step.collects()) {
            ixs.add(SystemInstructions.transfer(world.vault.address(), authority, step.allocation()));
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
                step.collects() ? List.of(world.vault.address()) : List.of(),
                secondary ? List.of(world.rootTreasury) : List.of(), secondary ? List.of(world.devWallet) : List.of());
    }

    private static Instruction transferChecked(Address source, Address mint, Address destination, Address owner,
            long amount, Address programId) {
        return new Instruction(programId, List.of(AccountMeta.writable(source), AccountMeta.readonly(mint),
                AccountMeta.writable(destination), AccountMeta.readonlySigner(owner)),
                new BorshWriter(10).u8(TRANSFER_CHECKED).u64(amount).u8(LiteSvmEcosystem.DECIMALS).toByteArray());
    }
}
