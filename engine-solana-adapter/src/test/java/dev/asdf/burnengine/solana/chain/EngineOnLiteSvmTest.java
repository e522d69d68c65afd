package dev.asdf.burnengine.solana.chain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asdf.burnengine.core.BurnEngine;
import dev.asdf.burnengine.core.EngineSettings;
import dev.asdf.burnengine.core.StartResult;
import dev.asdf.burnengine.core.alert.AlertKind;
import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.cycle.CycleReport;
import dev.asdf.burnengine.core.cycle.StepOutcome;
import dev.asdf.burnengine.core.cycle.StepResult;
import dev.asdf.burnengine.core.fee.PollReport;
import dev.asdf.burnengine.core.testkit.InMemoryJournal;
import dev.asdf.burnengine.core.testkit.InMemoryRunLock;
import dev.asdf.burnengine.core.testkit.InMemoryStateStore;
import dev.asdf.burnengine.core.testkit.MutableClock;
import dev.asdf.burnengine.core.testkit.RecordingEventSink;
import dev.asdf.burnengine.core.testkit.RecordingNotifier;
import dev.asdf.burnengine.core.token.Token;
import dev.asdf.burnengine.core.token.TokenProgram;
import dev.asdf.burnengine.core.token.TokenRole;
import dev.asdf.burnengine.solana.crypto.AssociatedTokenAddress;
import dev.asdf.burnengine.solana.executor.LiteSvmEcosystem;
import dev.asdf.burnengine.solana.executor.LiteSvmStepTransactions;
import dev.asdf.burnengine.solana.feesource.FeeFixtures;
import dev.asdf.burnengine.solana.program.ProgramIds;
import dev.asdf.burnengine.solana.program.token.MintAccount;
import dev.asdf.burnengine.solana.rpc.AccountInfo;
import dev.asdf.burnengine.solana.rpc.JsonRpcClient;
import dev.asdf.burnengine.solana.rpc.LiteSvmPeer;
import dev.asdf.burnengine.solana.rpc.RpcMetrics;
import dev.asdf.burnengine.solana.rpc.SolanaRpc;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The whole engine (core) on the RPC adapter over the LiteSVM facade, with an in-memory journal and state: it
 * discovers the fixtures' tokens, credits their recorded pump / PumpSwap fees, and runs one full cycle whose buys and
 * burns execute on the real SVM through {@link dev.asdf.burnengine.solana.executor.RpcCycleExecutor}.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class EngineOnLiteSvmTest {
    private LiteSvmPeer peer;

    @BeforeEach
    void start() {
        peer = LiteSvmPeer.start();
    }

    @AfterEach
    void stop() {
        peer.close();
    }

    /** The fixtures' world: tokens A, B (Token-2022), C with market-maker inventory, and every recorded fee. */
    private LiteSvmEcosystem world() {
        LiteSvmEcosystem world = new LiteSvmEcosystem(peer);
        FeeFixtures.seedAccounts(peer);
        for (String name : new String[] {"A", "B", "C"}) {
            Address mint = FeeFixtures.mint(name);
            TokenProgram program = "B".equals(name) ? TokenProgram.TOKEN_2022 : TokenProgram.SPL_TOKEN;
            peer.setAccount(AssociatedTokenAddress.of(world.marketMaker.address(), mint, program), 10_000_000,
                    ProgramIds.of(program), LiteSvmEcosystem.tokenAccountData(mint, world.marketMaker.address(),
                            LiteSvmEcosystem.INVENTORY));
        }
        for (JsonNode c : FeeFixtures.cases()) {
            peer.addRecordedTransaction(c.path("result"));
        }
        return world;
    }

    private static BurnEngine engine(RpcChainConnection chain, MutableClock clock, RecordingNotifier alerts) {
        return BurnEngine.builder()
                .feeSource(chain.feeSource()).chainState(chain.chainState()).cycleExecutor(chain.cycleExecutor())
                .tokenDirectory(chain.tokenDirectory()).stateStore(new InMemoryStateStore())
                .journal(new InMemoryJournal()).runLock(new InMemoryRunLock(clock))
                .eventSink(new RecordingEventSink()).notifier(alerts).clock(clock)
                .settings(EngineSettings.defaults("engine-on-litesvm")).build();
    }

    @Test
    void a_fee_of_a_mint_owned_by_an_unknown_token_program_is_rejected_alerted_and_never_credited() {
        LiteSvmEcosystem world = world();
        Address tampered = FeeFixtures.mint("B");
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        MutableClock clock = new MutableClock(Instant.now());
        RecordingNotifier alerts = new RecordingNotifier();
        try (SolanaRpc rpc = new SolanaRpc(JsonRpcClient.create(peer.settings(), new RpcMetrics(meters)));
                RpcChainConnection chain = RpcChainConnection.open(peer.settings(), world.feePayer,
                        new LiteSvmEcosystemLayout(FeeFixtures.creator(), world), r -> new LiteSvmStepTransactions(world),
                        clock, meters)) {
            AccountInfo mint = rpc.account(tampered).orElseThrow();
            peer.setAccount(tampered, mint.lamports(), world.feePayer.address(), mint.data());
            BurnEngine engine = engine(chain, clock, alerts);
            assertThat(engine.start("test")).isInstanceOf(StartResult.Started.class);

            PollReport poll = engine.trackFees();

            assertThat(poll.credited()).as("the fixtures' events of A and C").isEqualTo(4);
            assertThat(poll.rejected()).as("B's two events and the two rejected fixtures").isEqualTo(4);
            assertThat(engine.view().token(tampered)).isEmpty();
            assertThat(alerts.alertsOf(AlertKind.FEE_REJECTED)).anySatisfy(
                    a -> assertThat(a.message()).contains(tampered.toString(), "not credited"));
            engine.stop("test over");
        }
    }

    @Test
    void discovers_credits_and_runs_one_full_cycle_that_burns_on_chain() {
        LiteSvmEcosystem world = world();
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        SolanaRpc rpc = new SolanaRpc(JsonRpcClient.create(peer.settings(), new RpcMetrics(meters)));
        long rent = rpc.minimumBalanceForRentExemption(0);
        peer.setAccount(world.authority.address(), rent + 79_445, ProgramIds.SYSTEM, new byte[0]);

        MutableClock clock = new MutableClock(Instant.now());
        try (RpcChainConnection chain = RpcChainConnection.open(peer.settings(), world.feePayer,
                new LiteSvmEcosystemLayout(FeeFixtures.creator(), world), r -> new LiteSvmStepTransactions(world), clock,
                meters)) {
            BurnEngine engine = engine(chain, clock, new RecordingNotifier());
            assertThat(engine.start("test")).isInstanceOf(StartResult.Started.class);
            assertThat(engine.view().tokens()).extracting(t -> t.state().token().mint())
                    .containsExactlyInAnyOrder(FeeFixtures.mint("A"), FeeFixtures.mint("B"), FeeFixtures.mint("C"));
            assertThat(engine.view().root()).hasValueSatisfying(
                    t -> assertThat(t.state().token().mint()).isEqualTo(FeeFixtures.mint("A")));

            PollReport poll = engine.trackFees();
            assertThat(poll.failed()).as(poll.error()).isFalse();
            assertThat(poll.credited()).isEqualTo(6);
            assertThat(engine.view().token(FeeFixtures.mint("A")).orElseThrow().fees().pending()).isEqualTo(12_345 + 7_000);

            Map<Address, Long> supplyBefore = new HashMap<>();
            for (Token t : engine.view().tokens().stream().map(v -> v.state().token()).toList()) {
                supplyBefore.put(t.mint(), supply(rpc, t.mint()));
            }
            clock.advance(Duration.ofMinutes(5));
            CycleReport report = engine.runCycle();

            assertThat(report.status()).as(report.message()).isIn(CycleReport.Status.COMPLETED, CycleReport.Status.PARTIAL);
            long confirmed = 0;
            for (StepResult r : report.results()) {
                if (r.outcome() instanceof StepOutcome.Confirmed c) {
                    confirmed++;
                    Address mint = r.step().token().mint();
                    assertThat(supplyBefore.get(mint) - supply(rpc, mint)).isEqualTo(c.tokensBurned().value());
                    assertThat(c.tokensBurned().value()).isPositive();
                }
            }
            assertThat(confirmed).isPositive();
            assertThat(report.results()).anySatisfy(r -> {
                assertThat(r.step().token().role()).isEqualTo(TokenRole.ROOT);
                assertThat(r.outcome()).isInstanceOf(StepOutcome.Confirmed.class);
            });
            assertThat(engine.view().token(FeeFixtures.mint("A")).orElseThrow().fees().pending()).isLessThan(12_345 + 7_000);
            assertThat(engine.view().totals().isConserved()).isTrue();
            engine.stop("test over");
        } finally {
            rpc.close();
        }
    }

    private static long supply(SolanaRpc rpc, Address mint) {
        return MintAccount.decode(rpc.account(mint).orElseThrow().data()).supply();
    }
}
