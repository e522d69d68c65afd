package dev.asdf.burnengine.solana.executor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.cycle.CycleId;
import dev.asdf.burnengine.core.cycle.CycleStep;
import dev.asdf.burnengine.core.cycle.Preparation;
import dev.asdf.burnengine.core.cycle.PreparedTransaction;
import dev.asdf.burnengine.core.cycle.RetryClass;
import dev.asdf.burnengine.core.cycle.SecondarySplit;
import dev.asdf.burnengine.core.cycle.StepId;
import dev.asdf.burnengine.core.cycle.StepOutcome;
import dev.asdf.burnengine.core.ecosystem.SplitConfig;
import dev.asdf.burnengine.core.money.Lamports;
import dev.asdf.burnengine.core.token.Market;
import dev.asdf.burnengine.core.token.Token;
import dev.asdf.burnengine.core.token.TokenProgram;
import dev.asdf.burnengine.core.token.TokenRole;
import dev.asdf.burnengine.solana.crypto.AssociatedTokenAddress;
import dev.asdf.burnengine.solana.message.Instruction;
import dev.asdf.burnengine.solana.message.Transaction;
import dev.asdf.burnengine.solana.program.ProgramIds;
import dev.asdf.burnengine.solana.program.computebudget.ComputeBudgetInstructions;
import dev.asdf.burnengine.solana.rpc.JsonRpcClient;
import dev.asdf.burnengine.solana.rpc.LiteSvmPeer;
import dev.asdf.burnengine.solana.rpc.RpcMetrics;
import dev.asdf.burnengine.solana.rpc.SolanaRpc;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import java.util.concurrent.TimeUnit;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RpcCycleExecutorTest {
    private static final AtomicLong CYCLES = new AtomicLong();
    private static LiteSvmPeer peer;
    private static SolanaRpc rpc;
    private static LiteSvmEcosystem world;

    @BeforeAll
    static void start() {
        peer = LiteSvmPeer.start();
        rpc = new SolanaRpc(JsonRpcClient.create(peer.settings(), new RpcMetrics(new SimpleMeterRegistry())));
        world = new LiteSvmEcosystem(peer);
    }

    @AfterAll
    static void stop() {
        rpc.close();
        peer.close();
    }

    private static RpcCycleExecutor executor(StepTransactions strategy) {
        return new RpcCycleExecutor(rpc, strategy, Optional.empty(), new RpcMetrics(new SimpleMeterRegistry()),
                Clock.systemUTC());
    }

    private static RpcCycleExecutor executor() {
        return executor(new LiteSvmStepTransactions(world));
    }

    static Token token(Address mint, TokenRole role, TokenProgram program) {
        return new Token(mint, "T", "test token", role, Market.BONDING_CURVE, program);
    }

    static CycleStep.SecondaryBuyback secondary(Address mint, TokenProgram program, boolean collects, long allocation) {
        return new CycleStep.SecondaryBuyback(new StepId(CycleId.at(Instant.now(), CYCLES.incrementAndGet()), 0),
                token(mint, TokenRole.SECONDARY, program), collects,
                SecondarySplit.of(Lamports.of(allocation), SplitConfig.asdfProgramDefaults()));
    }

    static CycleStep.RootBuyback root(Address mint, TokenProgram program, long allocation) {
        return new CycleStep.RootBuyback(new StepId(CycleId.at(Instant.now(), CYCLES.incrementAndGet()), 0),
                token(mint, TokenRole.ROOT, program), false, Lamports.ZERO, Lamports.of(allocation), Lamports.ZERO);
    }

    private static PreparedTransaction ready(Preparation p) {
        assertThat(p).isInstanceOf(Preparation.Ready.class);
        return ((Preparation.Ready) p).transaction();
    }

    @Test
    void burns_the_bought_spl_tokens_and_the_supply_drops_by_exactly_the_burned_amount() {
        Address mint = world.newMint(TokenProgram.SPL_TOKEN);
        CycleStep.SecondaryBuyback step = secondary(mint, TokenProgram.SPL_TOKEN, true, 1_000_000);
        long supplyBefore = world.supply(rpc, mint);
        RpcCycleExecutor executor = executor();

        StepOutcome outcome = executor.submit(ready(executor.prepare(step)));

        assertThat(outcome).isInstanceOfSatisfying(StepOutcome.Confirmed.class, c -> {
            assertThat(c.tokensBurned().value()).isEqualTo(step.split().buyBudget().value() * LiteSvmEcosystem.TOKENS_PER_LAMPORT);
            assertThat(supplyBefore - world.supply(rpc, mint)).isEqualTo(c.tokensBurned().value());
            assertThat(c.tokensBought()).isEqualTo(c.tokensBurned());
            assertThat(c.lamportsSpent().value()).isEqualTo(step.allocation().value());
            assertThat(c.sentToRoot()).isEqualTo(step.split().toRoot());
            assertThat(c.devFee()).isEqualTo(step.split().devFee());
        });
    }

    @Test
    void burns_token_2022_tokens_for_the_root_and_reads_the_spend_from_the_authority() {
        Address mint = world.newMint(TokenProgram.TOKEN_2022);
        CycleStep.RootBuyback step = root(mint, TokenProgram.TOKEN_2022, 400_000);
        long supplyBefore = world.supply(rpc, mint);
        RpcCycleExecutor executor = executor();

        StepOutcome outcome = executor.submit(ready(executor.prepare(step)));

        assertThat(outcome).isInstanceOfSatisfying(StepOutcome.Confirmed.class, c -> {
            assertThat(supplyBefore - world.supply(rpc, mint)).isEqualTo(400_000 * LiteSvmEcosystem.TOKENS_PER_LAMPORT);
            assertThat(c.tokensBurned().value()).isEqualTo(400_000 * LiteSvmEcosystem.TOKENS_PER_LAMPORT);
            assertThat(c.lamportsSpent().value()).isEqualTo(400_000);
            assertThat(c.sentToRoot().isZero()).isTrue();
            assertThat(c.devFee().isZero()).isTrue();
        });
    }

    @Test
    void a_replayed_send_of_the_same_bytes_is_harmless() {
        Address mint = world.newMint(TokenProgram.SPL_TOKEN);
        CycleStep.RootBuyback step = root(mint, TokenProgram.SPL_TOKEN, 200_000);
        RpcCycleExecutor executor = executor();
        PreparedTransaction tx = ready(executor.prepare(step));
        StepOutcome first = executor.submit(tx);
        long supplyAfterFirst = world.supply(rpc, mint);
        long makerLamports = rpc.balance(world.marketMaker.address());

        rpc.sendRaw(tx.wireBytes());
        StepOutcome resolved = executor.resolve(step, tx);

        assertThat(resolved).isEqualTo(first);
        assertThat(world.supply(rpc, mint)).isEqualTo(supplyAfterFirst);
        assertThat(rpc.balance(world.marketMaker.address())).isEqualTo(makerLamports);
    }

    @Test
    void detects_a_blockhash_that_expires_before_confirmation_and_lands_the_step_once_replanned() {
        Address mint = world.newMint(TokenProgram.SPL_TOKEN);
        CycleStep.RootBuyback step = root(mint, TokenProgram.SPL_TOKEN, 300_000);
        long supplyBefore = world.supply(rpc, mint);
        RpcCycleExecutor executor = executor();
        PreparedTransaction stale = ready(executor.prepare(step));

        peer.expireBlockhash();
        StepOutcome expired = executor.submit(stale);
        assertThat(expired).isEqualTo(new StepOutcome.Expired(stale.signature()));
        assertThat(world.supply(rpc, mint)).isEqualTo(supplyBefore);

        PreparedTransaction fresh = ready(executor.prepare(step));
        assertThat(fresh.signature()).isNotEqualTo(stale.signature());
        assertThat(executor.submit(fresh)).isInstanceOf(StepOutcome.Confirmed.class);
        assertThat(supplyBefore - world.supply(rpc, mint)).isEqualTo(300_000 * LiteSvmEcosystem.TOKENS_PER_LAMPORT);
    }

    @Test
    void reports_a_transaction_that_lands_and_fails_with_its_decoded_error() {
        Address mint = world.newMint(TokenProgram.SPL_TOKEN);
        CycleStep.RootBuyback step = root(mint, TokenProgram.SPL_TOKEN, 100_000);
        RpcCycleExecutor executor = executor();
        PreparedTransaction tx = ready(executor.prepare(step));
        peer.setAccount(AssociatedTokenAddress.of(world.marketMaker.address(), mint, TokenProgram.SPL_TOKEN), 10_000_000,
                ProgramIds.SPL_TOKEN, LiteSvmEcosystem.tokenAccountData(mint, world.marketMaker.address(), 0));

        StepOutcome outcome = executor.submit(tx);

        assertThat(outcome).isInstanceOfSatisfying(StepOutcome.Failed.class, f -> {
            assertThat(f.signature()).isEqualTo(tx.signature());
            assertThat(f.error().code()).isEqualTo("spl_token:1:InsufficientFunds");
            assertThat(f.error().retryClass()).isEqualTo(RetryClass.TRANSIENT);
        });
    }

    @Test
    void refuses_a_step_whose_simulation_fails_with_the_decoded_error() {
        Address mint = world.newMint(TokenProgram.SPL_TOKEN);
        peer.setAccount(AssociatedTokenAddress.of(world.marketMaker.address(), mint, TokenProgram.SPL_TOKEN), 10_000_000,
                ProgramIds.SPL_TOKEN, LiteSvmEcosystem.tokenAccountData(mint, world.marketMaker.address(), 5));

        Preparation p = executor().prepare(root(mint, TokenProgram.SPL_TOKEN, 100_000));

        assertThat(p).isInstanceOfSatisfying(Preparation.Refused.class, r -> {
            assertThat(r.error().code()).isEqualTo("spl_token:1:InsufficientFunds");
            assertThat(r.error().retryClass()).isEqualTo(RetryClass.TRANSIENT);
        });
    }

    @Test
    void refuses_with_protocol_drift_when_a_program_answers_an_error_the_profile_does_not_know() {
        Address mint = world.newMint(TokenProgram.SPL_TOKEN);
        StepTransactions drifted = new StepTransactions() {
            @Override
            public StepBuild build(CycleStep step) {
                Instruction unknown = new Instruction(ProgramIds.COMPUTE_BUDGET, List.of(), new byte[] {(byte) 250});
                return new StepBuild.Built(new StepTransaction(List.of(unknown), List.of(world.feePayer), accounts(step)));
            }

            @Override
            public StepAccounts accounts(CycleStep step) {
                return new StepAccounts(world.authority.address(), mint, List.of(), List.of(), List.of());
            }
        };

        Preparation p = executor(drifted).prepare(root(mint, TokenProgram.SPL_TOKEN, 100_000));

        assertThat(p).isInstanceOfSatisfying(Preparation.Refused.class,
                r -> assertThat(r.error().retryClass()).isEqualTo(RetryClass.PROTOCOL_DRIFT));
    }

    @Test
    void sets_the_compute_unit_limit_from_the_simulation_with_its_margin() {
        Address mint = world.newMint(TokenProgram.SPL_TOKEN);
        PreparedTransaction tx = ready(executor().prepare(root(mint, TokenProgram.SPL_TOKEN, 100_000)));
        Transaction decoded = Transaction.decode(tx.wireBytes());
        List<Instruction> ixs = decoded.message().decompile(List.of());
        assertThat(ixs.get(0).programId()).isEqualTo(ComputeBudgetInstructions.setComputeUnitLimit(1).programId());
        long limit = ByteBuffer.wrap(ixs.get(0).data(), 1, 4).order(ByteOrder.LITTLE_ENDIAN).getInt() & 0xffffffffL;
        long simulated = rpc.simulate(tx.wireBytes()).unitsConsumed();
        assertThat(limit).isLessThan(ComputeBudgetInstructions.MAX_COMPUTE_UNITS)
                .isGreaterThanOrEqualTo((long) Math.ceil(simulated * 1.2) - 50);
    }

    @Test
    void resolves_after_a_restart_a_transaction_that_was_journaled_but_never_sent() {
        Address mint = world.newMint(TokenProgram.SPL_TOKEN);
        CycleStep.RootBuyback step = root(mint, TokenProgram.SPL_TOKEN, 150_000);
        long supplyBefore = world.supply(rpc, mint);
        PreparedTransaction journaled = ready(executor().prepare(step));

        StepOutcome outcome = executor().resolve(step, journaled);

        assertThat(outcome).isInstanceOf(StepOutcome.Confirmed.class);
        assertThat(supplyBefore - world.supply(rpc, mint)).isEqualTo(150_000 * LiteSvmEcosystem.TOKENS_PER_LAMPORT);
    }

    @Test
    void resolves_after_a_restart_a_never_sent_transaction_whose_blockhash_expired_without_sending_it() {
        Address mint = world.newMint(TokenProgram.SPL_TOKEN);
        CycleStep.RootBuyback step = root(mint, TokenProgram.SPL_TOKEN, 150_000);
        PreparedTransaction journaled = ready(executor().prepare(step));
        peer.expireBlockhash();
        peer.resetStats();

        StepOutcome outcome = executor().resolve(step, journaled);

        assertThat(outcome).isEqualTo(new StepOutcome.Expired(journaled.signature()));
        assertThat(peer.stats().path("requests").path("sendTransaction").asInt()).isZero();
    }
}
