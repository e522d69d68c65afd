package dev.asdf.burnengine.solana.bench;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.solana.crypto.Ed25519Keypair;
import dev.asdf.burnengine.solana.message.Blockhash;
import dev.asdf.burnengine.solana.message.Instruction;
import dev.asdf.burnengine.solana.message.MessageCompiler;
import dev.asdf.burnengine.solana.message.Transaction;
import dev.asdf.burnengine.solana.profile.ProgramProfiles;
import dev.asdf.burnengine.solana.program.ProgramIds;
import dev.asdf.burnengine.solana.program.asdf.AsdfAddresses;
import dev.asdf.burnengine.solana.program.asdf.AsdfInstructions;
import dev.asdf.burnengine.solana.program.asdf.BuyBudget;
import dev.asdf.burnengine.solana.program.asdf.CurveBuyTarget;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Compile (web3.js legacy order), sign and serialize the 5-instruction secondary cycle transaction (collect_fees,
 * execute_buy_secondary, finalize_allocated_cycle, burn_and_update, transfer_dev_fee; 22 keys). The instructions are
 * built once, as the executor builds them before signing. Target: at least 10,000 per second on one core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SignCycleTransactionBenchmark {
    private Ed25519Keypair admin;
    private List<Instruction> instructions;
    private Blockhash blockhash;

    @Setup
    public void buildInstructions() {
        byte[] seed = new byte[32];
        new SplittableRandom(11).nextBytes(seed);
        admin = Ed25519Keypair.fromSeed(seed);
        Address mint = Address.parse("9zB5wRarXMj86MymwLumSKA1Dx35zPqqKfcZtK1Spump");
        Address root = Address.parse("9hSR6S7WPtxmTojgo6GG3k4yDPecgJY292j7xrsUGWBu");
        AsdfInstructions asdf = new AsdfInstructions(ProgramProfiles.current().asdf());
        CurveBuyTarget target = new CurveBuyTarget(mint, AsdfAddresses.DAT_AUTHORITY, ProgramIds.SPL_TOKEN,
                Address.parse("62qc2CNXwrYqQScmEdiZFFAnJR262PxWEuNQtxfafNgV"));
        instructions = List.of(
                asdf.collectFees(mint, root, false, true),
                asdf.executeBuySecondary(target, root, BuyBudget.allocated(1_000_000_000L)),
                asdf.finalizeAllocatedCycle(mint, admin.address(), true),
                asdf.burnAndUpdate(mint, ProgramIds.SPL_TOKEN),
                asdf.transferDevFee(552_000_000L));
        blockhash = Blockhash.parse("US517G5965aydkZ46HS38QLi7UQiSojurfbQfKCELFx");
    }

    @Benchmark
    public byte[] signAndSerialize() {
        return Transaction.sign(MessageCompiler.compileLegacy(admin.address(), instructions, blockhash), admin)
                .serialize();
    }
}
