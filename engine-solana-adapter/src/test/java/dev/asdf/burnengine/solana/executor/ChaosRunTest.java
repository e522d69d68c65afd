package dev.asdf.burnengine.solana.executor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.chain.TxSignature;
import dev.asdf.burnengine.core.cycle.CycleStep;
import dev.asdf.burnengine.core.cycle.Preparation;
import dev.asdf.burnengine.core.cycle.PreparedTransaction;
import dev.asdf.burnengine.core.cycle.StepOutcome;
import dev.asdf.burnengine.core.token.TokenProgram;
import dev.asdf.burnengine.solana.rpc.JsonRpcClient;
import dev.asdf.burnengine.solana.rpc.LiteSvmPeer;
import dev.asdf.burnengine.solana.rpc.RpcMetrics;
import dev.asdf.burnengine.solana.rpc.RpcSettings;
import dev.asdf.burnengine.solana.rpc.RpcUnavailableException;
import dev.asdf.burnengine.solana.rpc.SolanaRpc;
import dev.asdf.burnengine.solana.rpc.SolanaSubscriptions;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * 200 cycle steps through the real executor while the facade injects HTTP 429s, 5xx answers, dropped requests,
 * dropped answers (the request was processed), garbled bodies and WebSocket closes at random (seeded): every step
 * lands exactly once, nothing is lost and nothing is duplicated.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class ChaosRunTest {
    private static final int STEPS = 200;
    private LiteSvmPeer peer;

    @BeforeEach
    void start() {
        peer = LiteSvmPeer.start();
    }

    @AfterEach
    void stop() {
        peer.close();
    }

    @Test
    void loses_nothing_and_duplicates_nothing_under_random_rpc_faults() {
        LiteSvmEcosystem world = new LiteSvmEcosystem(peer);
        Address mint = world.newMint(TokenProgram.SPL_TOKEN);
        RpcSettings settings = withShortBreaker(peer.settings());
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        RpcMetrics metrics = new RpcMetrics(meters);
        try (JsonRpcClient client = JsonRpcClient.create(settings, metrics);
                SolanaSubscriptions live = SolanaSubscriptions.start(client)) {
            SolanaRpc rpc = new SolanaRpc(client);
            long supplyBefore = world.supply(rpc, mint);
            long makerBefore = rpc.balance(world.marketMaker.address());
            RpcCycleExecutor executor = new RpcCycleExecutor(rpc, new LiteSvmStepTransactions(world), Optional.of(live),
                    metrics, Clock.systemUTC());
            peer.setFaults(Map.of("seed", 7, "retryAfterSeconds", 0, "rates", Map.of("http429", 0.04, "http5xx", 0.04,
                    "drop", 0.03, "dropAfter", 0.04, "malformed", 0.02, "wsClose", 0.05)));

            Set<TxSignature> landed = new HashSet<>();
            long allocated = 0;
            long burned = 0;
            for (int i = 0; i < STEPS; i++) {
                long allocation = 1_000 + i;
                CycleStep.RootBuyback step = RpcCycleExecutorTest.root(mint, TokenProgram.SPL_TOKEN, allocation);
                StepOutcome.Confirmed confirmed = runToConfirmation(executor, step);
                assertThat(landed.add(confirmed.signature())).as("step %d landed under a new signature", i).isTrue();
                assertThat(confirmed.lamportsSpent().value()).isEqualTo(allocation);
                allocated += allocation;
                burned += confirmed.tokensBurned().value();
            }
            peer.clearFaults();

            assertThat(landed).hasSize(STEPS);
            assertThat(burned).isEqualTo(allocated * LiteSvmEcosystem.TOKENS_PER_LAMPORT);
            assertThat(supplyBefore - world.supply(rpc, mint)).isEqualTo(burned);
            assertThat(rpc.balance(world.marketMaker.address()) - makerBefore).isEqualTo(allocated);
            assertThat(world.tokenBalance(rpc, world.authority.address(), mint, TokenProgram.SPL_TOKEN)).isZero();
            assertThat(meters.find("burn_engine_rpc_retries_total").counters()).as("faults were injected and retried")
                    .anySatisfy(c -> assertThat(c.count()).isPositive());
            assertThat(meters.find("burn_engine_rpc_ws_events_total").tag("event", "lost").counters())
                    .as("the WebSocket was closed and reconnected").anySatisfy(c -> assertThat(c.count()).isPositive());
        }
    }

    /** What the core does: prepare, submit, resolve an unknown outcome, re-plan only after an expiry. */
    private static StepOutcome.Confirmed runToConfirmation(RpcCycleExecutor executor, CycleStep step) {
        for (int attempt = 0; attempt < 50; attempt++) {
            Preparation p;
            try {
                p = executor.prepare(step);
            } catch (RpcUnavailableException e) {
                continue;
            }
            assertThat(p).as("preparation of %s", step.id()).isInstanceOf(Preparation.Ready.class);
            PreparedTransaction tx = ((Preparation.Ready) p).transaction();
            StepOutcome outcome;
            try {
                outcome = executor.submit(tx);
            } catch (RpcUnavailableException e) {
                outcome = resolve(executor, step, tx);
            }
            if (outcome instanceof StepOutcome.Confirmed c) {
                return c;
            }
            assertThat(outcome).as("outcome of %s", step.id()).isInstanceOf(StepOutcome.Expired.class);
        }
        throw new AssertionError("step " + step.id() + " did not land in 50 attempts");
    }

    private static StepOutcome resolve(RpcCycleExecutor executor, CycleStep step, PreparedTransaction tx) {
        for (int i = 0; i < 50; i++) {
            try {
                return executor.resolve(step, tx);
            } catch (RpcUnavailableException e) {
                // the chain could not be read: the engine resolves again later, so does this test
            }
        }
        throw new AssertionError("transaction " + tx.signature() + " could not be resolved");
    }

    private static RpcSettings withShortBreaker(RpcSettings s) {
        return new RpcSettings(s.endpoints(), s.websockets(), s.commitment(), s.connectTimeout(), Duration.ofSeconds(2),
                s.maxAttempts(), s.retryBackoff(), s.maxRetryBackoff(), s.breakerWindow(), s.breakerFailureRatePercent(),
                Duration.ofMillis(200), s.batchSize(), Duration.ofSeconds(1), Duration.ofMillis(50), Duration.ofMillis(500),
                s.pollInterval(), s.rebroadcastInterval(), Duration.ofSeconds(20), s.computeUnitMargin(), s.computeUnitCap(),
                s.priorityFeePercentile(), s.priorityFeeCapMicroLamports(), s.signaturePageSize(), s.feeTolerance());
    }

}
