package dev.asdf.burnengine.solana.direct;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asdf.burnengine.core.BurnEngine;
import dev.asdf.burnengine.core.StartResult;
import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.chain.TxSignature;
import dev.asdf.burnengine.core.cycle.CycleId;
import dev.asdf.burnengine.core.cycle.CycleReport;
import dev.asdf.burnengine.core.cycle.CycleStep;
import dev.asdf.burnengine.core.cycle.Preparation;
import dev.asdf.burnengine.core.cycle.PreparedTransaction;
import dev.asdf.burnengine.core.cycle.RetryClass;
import dev.asdf.burnengine.core.cycle.SecondarySplit;
import dev.asdf.burnengine.core.cycle.StepId;
import dev.asdf.burnengine.core.cycle.StepOutcome;
import dev.asdf.burnengine.core.cycle.StepResult;
import dev.asdf.burnengine.core.journal.JournalEntry;
import dev.asdf.burnengine.core.money.Lamports;
import dev.asdf.burnengine.core.testkit.InMemoryJournal;
import dev.asdf.burnengine.core.testkit.MutableClock;
import dev.asdf.burnengine.core.testkit.RecordingNotifier;
import dev.asdf.burnengine.core.token.Market;
import dev.asdf.burnengine.core.token.Token;
import dev.asdf.burnengine.core.token.TokenProgram;
import dev.asdf.burnengine.core.token.TokenRole;
import dev.asdf.burnengine.solana.chain.RpcChainConnection;
import dev.asdf.burnengine.solana.crypto.Ed25519Keypair;
import dev.asdf.burnengine.solana.executor.RpcCycleExecutor;
import dev.asdf.burnengine.solana.feesource.FeeFixtures;
import dev.asdf.burnengine.solana.jito.FakeBlockEngine;
import dev.asdf.burnengine.solana.jito.JitoBlockEngine;
import dev.asdf.burnengine.solana.jito.JitoBundleSubmission;
import dev.asdf.burnengine.solana.jito.JitoSettings;
import dev.asdf.burnengine.solana.jito.JitoTips;
import dev.asdf.burnengine.solana.rpc.JsonRpcClient;
import dev.asdf.burnengine.solana.rpc.LiteSvmPeer;
import dev.asdf.burnengine.solana.rpc.RpcMetrics;
import dev.asdf.burnengine.solana.rpc.RpcSettings;
import dev.asdf.burnengine.solana.rpc.SolanaRpc;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Direct mode with {@code direct.jito: true} on the real SVM (LiteSVM facade on 127.0.0.1) and a fake Jito block
 * engine on 127.0.0.1 that hands each bundle's transaction to the facade. The collect and the buy are the same
 * stand-ins as in {@link DirectModeOnLiteSvmTest}, from {@link DirectLiteSvmWorld} (pump cannot run on LiteSVM); the
 * tip, the bundle submission and the landing are production code.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class DirectJitoOnLiteSvmTest {
    private static final long TIP = 12_345;
    private DirectLiteSvmWorld world;
    private LiteSvmPeer peer;
    private FakeBlockEngine blockEngine;
    private SolanaRpc rpc;
    private Ed25519Keypair operator;
    private List<Address> tipAccounts;
    private DirectSettings settings;
    private JitoSettings jito;

    @BeforeEach
    void start() {
        world = new DirectLiteSvmWorld();
        peer = world.peer();
        rpc = world.rpc();
        operator = world.operator();
        SecureRandom random = new SecureRandom();
        tipAccounts = IntStream.range(0, 4).mapToObj(i -> Ed25519Keypair.generate(random).address()).toList();
        // Jito's tip accounts exist and are rent exempt on mainnet
        tipAccounts.forEach(a -> peer.airdrop(a, 1_000_000_000L));
        blockEngine = FakeBlockEngine.start(peer, tipAccounts);
        jito = new JitoSettings(true, blockEngine.url(), Lamports.of(TIP));
        settings = world.settings(jito);
    }

    @AfterEach
    void stop() {
        blockEngine.close();
        world.close();
    }

    private long tipBalances() {
        return tipAccounts.stream().mapToLong(rpc::balance).sum();
    }

    private int directSends() {
        return peer.stats().path("requests").path("sendTransaction").asInt();
    }

    /** The production executor with the Jito tip and bundle submission, over {@code rpcSettings}. */
    private RpcCycleExecutor jitoExecutor(RpcSettings rpcSettings, JitoBlockEngine engine) {
        RpcMetrics metrics = new RpcMetrics(new SimpleMeterRegistry());
        JitoTips tips = new JitoTips(engine, jito.tip(), Clock.systemUTC(), new SecureRandom());
        SolanaRpc client = new SolanaRpc(JsonRpcClient.create(rpcSettings, metrics));
        return new RpcCycleExecutor(client, new DirectStepTransactions(operator, settings, world.collectStandIn(),
                world.buyStandIn(), List::of, tips), new JitoBundleSubmission(engine, tips, metrics,
                rpcSettings.pollInterval()), Optional.empty(), metrics, Clock.systemUTC());
    }

    private CycleStep.SecondaryBuyback secondaryStep(String cycle) {
        Token token = new Token(FeeFixtures.mint("C"), "C", "c", TokenRole.SECONDARY, Market.BONDING_CURVE,
                TokenProgram.SPL_TOKEN);
        return new CycleStep.SecondaryBuyback(new StepId(new CycleId(cycle), 0), token, true,
                SecondarySplit.of(Lamports.of(50_000), settings.split()));
    }

    @Test
    @DisplayName("a direct cycle with direct.jito lands every step through the block engine, each paying one tip")
    void aDirectCycleLandsEveryStepAsABundleWithOneTipEach() {
        MutableClock clock = new MutableClock(Instant.now());
        InMemoryJournal journal = new InMemoryJournal();
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        try (RpcChainConnection chain = RpcChainConnection.open(peer.settings(), operator, world.layout(settings),
                jito, (r, tip) -> new DirectStepTransactions(operator, settings, world.collectStandIn(),
                        world.buyStandIn(), List::of, tip), DirectChainState::new, clock, meters)) {
            BurnEngine engine = DirectLiteSvmWorld.engine(chain, journal, new RecordingNotifier(), clock,
                    "direct-jito-on-litesvm");
            assertThat(engine.start("test")).isInstanceOf(StartResult.Started.class);
            engine.trackFees();
            long tipsBefore = tipBalances();
            peer.resetStats();
            clock.advance(Duration.ofMinutes(5));

            CycleReport report = engine.runCycle();

            assertThat(report.status()).as(report.message() + " " + report.results())
                    .isEqualTo(CycleReport.Status.COMPLETED);
            int steps = report.results().size();
            assertThat(steps).isGreaterThan(1);
            assertThat(report.results()).allSatisfy(r -> assertThat(r.outcome()).isInstanceOf(StepOutcome.Confirmed.class));
            assertThat(tipBalances() - tipsBefore).as("one tip per step").isEqualTo(steps * TIP);
            assertThat(blockEngine.forwarded()).hasSize(steps);
            assertThat(directSends()).as("every sendTransaction the facade saw came from the block engine")
                    .isEqualTo(blockEngine.forwarded().size());
            List<TxSignature> intents = journal.entriesOf(JournalEntry.StepIntent.class).stream()
                    .map(e -> e.transaction().signature()).toList();
            assertThat(intents).as("the journaled INTENT is the bundle's transaction")
                    .containsExactlyElementsOf(blockEngine.bundles().stream().map(FakeBlockEngine.Bundle::signature)
                            .toList());
            for (StepResult r : report.results()) {
                if (r.step() instanceof CycleStep.SecondaryBuyback s) {
                    assertThat(((StepOutcome.Confirmed) r.outcome()).lamportsSpent()).as("the tip is not spending")
                            .isEqualTo(s.allocation());
                }
            }
            assertThat(meters.counter("burn_engine_rpc_jito_bundles_total", "result", "accepted").count())
                    .isEqualTo(steps);
            assertThat(engine.view().totals().isConserved()).isTrue();
            engine.stop("test over");
        }
    }

    @Test
    @DisplayName("a bundle reported Failed is resent at once with the same signature and the step lands once")
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aFailedBundleIsResentWithTheSameBytesAndTheTipIsPaidOnce() {
        // a rebroadcast interval far beyond the test's patience: only the Failed state can trigger the resend
        RpcSettings slowRebroadcast = peer.settings().withTimings(Duration.ofSeconds(5), Duration.ofMillis(10),
                Duration.ofMillis(200), Duration.ofMillis(20), Duration.ofMinutes(10));
        blockEngine.failNext(1);
        long tipsBefore = tipBalances();
        try (JitoBlockEngine engine = JitoBlockEngine.create(slowRebroadcast, blockEngine.url(),
                new RpcMetrics(new SimpleMeterRegistry()))) {
            RpcCycleExecutor executor = jitoExecutor(slowRebroadcast, engine);
            PreparedTransaction tx = ((Preparation.Ready) executor.prepare(secondaryStep("failed-once")))
                    .transaction();

            StepOutcome outcome = executor.submit(tx);

            assertThat(outcome).isInstanceOf(StepOutcome.Confirmed.class);
            assertThat(blockEngine.bundles()).extracting(FakeBlockEngine.Bundle::state)
                    .containsExactly("Failed", "Landed");
            assertThat(blockEngine.bundles()).extracting(FakeBlockEngine.Bundle::signature)
                    .containsOnly(tx.signature());
            assertThat(tipBalances() - tipsBefore).as("tip paid once").isEqualTo(TIP);
        }
    }

    @Test
    @DisplayName("a block engine that refuses every bundle ends in the step's Expired outcome with no tip paid")
    void aBlockEngineThatRefusesEveryBundleEndsInExpiredWithNoTipPaid() {
        blockEngine.refuseNext(Integer.MAX_VALUE);
        AtomicBoolean expired = new AtomicBoolean();
        blockEngine.afterEachSend(() -> {
            if (blockEngine.sendBundleCalls() >= 2 && !expired.getAndSet(true)) {
                peer.expireBlockhash();
            }
        });
        long tipsBefore = tipBalances();
        long operatorBefore = rpc.balance(operator.address());
        try (JitoBlockEngine engine = JitoBlockEngine.create(peer.settings(), blockEngine.url(),
                new RpcMetrics(new SimpleMeterRegistry()))) {
            RpcCycleExecutor executor = jitoExecutor(peer.settings(), engine);
            PreparedTransaction tx = ((Preparation.Ready) executor.prepare(secondaryStep("refused"))).transaction();
            peer.resetStats();

            StepOutcome outcome = executor.submit(tx);

            assertThat(outcome).isEqualTo(new StepOutcome.Expired(tx.signature()));
            assertThat(blockEngine.sendBundleCalls()).isGreaterThanOrEqualTo(2);
            assertThat(blockEngine.forwarded()).isEmpty();
            assertThat(directSends()).as("nothing went around the block engine").isZero();
            assertThat(tipBalances()).isEqualTo(tipsBefore);
            assertThat(rpc.balance(operator.address())).isEqualTo(operatorBefore);
        }
    }

    @Test
    @DisplayName("without a tip account the step is refused as transient, naming the block engine, and nothing is sent")
    void withoutATipAccountTheStepIsRefusedAndNothingIsSent() {
        blockEngine.tipAccountsDown(true);
        try (JitoBlockEngine engine = JitoBlockEngine.create(peer.settings(), blockEngine.url(),
                new RpcMetrics(new SimpleMeterRegistry()))) {
            RpcCycleExecutor executor = jitoExecutor(peer.settings(), engine);
            peer.resetStats();

            Preparation preparation = executor.prepare(secondaryStep("no-tip"));

            assertThat(preparation).isInstanceOfSatisfying(Preparation.Refused.class, r -> {
                assertThat(r.error().code()).isEqualTo("jito:no-tip-account");
                assertThat(r.error().retryClass()).isEqualTo(RetryClass.TRANSIENT);
                assertThat(r.error().message()).contains("http://127.0.0.1:" + blockEngine.url().getPort()).contains("direct.jitoUrl");
            });
            assertThat(blockEngine.sendBundleCalls()).isZero();
            assertThat(directSends()).isZero();
            assertThat(peer.stats().path("requests").path("simulateTransaction").asInt()).as("nothing signed").isZero();
        }
    }
}
