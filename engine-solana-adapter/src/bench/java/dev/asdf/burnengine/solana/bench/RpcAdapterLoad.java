package dev.asdf.burnengine.solana.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.chain.Base58;
import dev.asdf.burnengine.core.cycle.CycleId;
import dev.asdf.burnengine.core.cycle.CycleStep;
import dev.asdf.burnengine.core.cycle.Preparation;
import dev.asdf.burnengine.core.cycle.PreparedTransaction;
import dev.asdf.burnengine.core.cycle.StepId;
import dev.asdf.burnengine.core.cycle.StepOutcome;
import dev.asdf.burnengine.core.fee.FeeCursor;
import dev.asdf.burnengine.core.fee.FeePage;
import dev.asdf.burnengine.core.money.Lamports;
import dev.asdf.burnengine.core.token.Market;
import dev.asdf.burnengine.core.token.Token;
import dev.asdf.burnengine.core.token.TokenProgram;
import dev.asdf.burnengine.core.token.TokenRole;
import dev.asdf.burnengine.solana.executor.LiteSvmEcosystem;
import dev.asdf.burnengine.solana.executor.LiteSvmStepTransactions;
import dev.asdf.burnengine.solana.executor.RpcCycleExecutor;
import dev.asdf.burnengine.solana.feesource.EcosystemVaults;
import dev.asdf.burnengine.solana.feesource.FeeAttributor;
import dev.asdf.burnengine.solana.feesource.FeeFixtures;
import dev.asdf.burnengine.solana.feesource.RpcFeeSource;
import dev.asdf.burnengine.solana.feesource.RpcPoolDirectory;
import dev.asdf.burnengine.solana.rpc.JsonRpcClient;
import dev.asdf.burnengine.solana.rpc.LiteSvmPeer;
import dev.asdf.burnengine.solana.rpc.RpcMetrics;
import dev.asdf.burnengine.solana.rpc.RpcSettings;
import dev.asdf.burnengine.solana.rpc.SolanaRpc;
import dev.asdf.burnengine.solana.rpc.SolanaSubscriptions;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The RPC adapter's load program (docs/benchmarks.md, "engine-solana-adapter: RPC adapter"), against the LiteSVM
 * facade on 127.0.0.1 with the production default settings:
 * <ol>
 *   <li>RPC requests per 1,000 fee transactions while the fee source catches up on a backlog (pages of 100, the
 *       engine's default);</li>
 *   <li>latency from a fee transaction's confirmation on the facade to the fee source returning its event, woken by
 *       {@code logsSubscribe};</li>
 *   <li>send-to-confirm time of the executor's sender against the facade's own processing time of those requests.</li>
 * </ol>
 * Run: {@code ./mvnw -q -B -o -Pbench -pl engine-solana-adapter test-compile exec:java
 * -Dexec.mainClass=dev.asdf.burnengine.solana.bench.RpcAdapterLoad -Dexec.classpathScope=test}
 * (optional {@code -Dexec.args="BACKLOG SAMPLES STEPS"}, default {@code 5000 200 200}).
 */
public final class RpcAdapterLoad {
    private RpcAdapterLoad() {}

    public static void main(String[] args) throws Exception {
        int backlog = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int samples = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int steps = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        try (LiteSvmPeer peer = LiteSvmPeer.start()) {
            catchUp(peer, backlog);
        }
        try (LiteSvmPeer peer = LiteSvmPeer.start()) {
            liveLatency(peer, samples);
        }
        try (LiteSvmPeer peer = LiteSvmPeer.start()) {
            sendToConfirm(peer, steps);
        }
        System.exit(0);
    }

    private static RpcSettings production(LiteSvmPeer peer) {
        return RpcSettings.defaults(List.of(peer.httpUrl())).withEndpoints(List.of(peer.httpUrl()), List.of(peer.wsUrl()));
    }

    /** A fixture fee transaction under a new random signature (the facade keys its history by signature). */
    private static JsonNode variant(JsonNode fixture, SecureRandom random) {
        ObjectNode result = fixture.path("result").deepCopy();
        result.remove("transactionBase64");
        byte[] signature = new byte[64];
        random.nextBytes(signature);
        ((ArrayNode) result.path("transaction").path("signatures")).set(0, result.textNode(Base58.encode(signature)));
        return result;
    }

    private static void catchUp(LiteSvmPeer peer, int backlog) {
        FeeFixtures.seedAccounts(peer);
        JsonNode trade = FeeFixtures.byName("a pump buy pays its creator fee into the curve vault");
        JsonNode swap = FeeFixtures.byName("a PumpSwap buy credits the pool's base mint from the WSOL vault");
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < backlog; i++) {
            peer.addRecordedTransaction(variant(i % 4 == 3 ? swap : trade, random));
        }
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        try (SolanaRpc rpc = new SolanaRpc(JsonRpcClient.create(production(peer), new RpcMetrics(meters)))) {
            RpcFeeSource source = new RpcFeeSource(rpc, new FeeAttributor(EcosystemVaults.of(FeeFixtures.creator()),
                    new RpcPoolDirectory(rpc), 0), new RpcMetrics(meters), Optional.empty());
            peer.resetStats();
            long started = System.nanoTime();
            FeeCursor cursor = FeeCursor.START;
            long events = 0;
            int pages = 0;
            while (true) {
                FeePage page = source.fetch(cursor, 100);
                pages++;
                events += page.events().size();
                cursor = page.next();
                if (page.caughtUp()) {
                    break;
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            JsonNode stats = peer.stats();
            int http = stats.path("httpRequests").asInt() - 1; // the litesvm_stats call that read this
            System.out.printf("catch-up: %d fee transactions, %d events, %d pages of 100, %d HTTP requests (%s) in %.2f s"
                            + " -> %.1f requests per 1,000 transactions, %.0f transactions/s%n", backlog, events, pages, http,
                    stats.path("requests"), seconds, http * 1000.0 / backlog, backlog / seconds);
        }
    }

    private static void liveLatency(LiteSvmPeer peer, int samples) throws Exception {
        FeeFixtures.seedAccounts(peer);
        JsonNode trade = FeeFixtures.byName("a pump buy pays its creator fee into the curve vault");
        SecureRandom random = new SecureRandom();
        RpcSettings settings = production(peer);
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        try (JsonRpcClient client = JsonRpcClient.create(settings, new RpcMetrics(meters));
                SolanaSubscriptions live = SolanaSubscriptions.start(client)) {
            SolanaRpc rpc = new SolanaRpc(client);
            RpcFeeSource source = new RpcFeeSource(rpc, new FeeAttributor(EcosystemVaults.of(FeeFixtures.creator()),
                    new RpcPoolDirectory(rpc), 0), new RpcMetrics(meters), Optional.of(live));
            Semaphore wake = new Semaphore(0);
            source.onActivity(wake::release);
            while (!live.allConfirmed()) {
                Thread.sleep(10);
            }
            FeeCursor cursor = source.fetch(FeeCursor.START, 100).next();
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < samples; i++) {
                wake.drainPermits();
                long sent = System.nanoTime();
                peer.addRecordedTransaction(variant(trade, random));
                long confirmed = System.nanoTime();
                int seen = 0;
                while (seen == 0) {
                    if (!wake.tryAcquire(30, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("no logsSubscribe wake-up within 30 s for sample " + i);
                    }
                    FeePage page = source.fetch(cursor, 100);
                    cursor = page.next();
                    seen = page.events().size();
                }
                long credited = System.nanoTime();
                millis.add((credited - confirmed) / 1e6);
                if (i == 0) {
                    System.out.printf("live: first sample control round trip %.2f ms%n", (confirmed - sent) / 1e6);
                }
            }
            System.out.printf("live: %d fee transactions, confirmation -> event returned by the fee source: p50 %.1f ms,"
                    + " p95 %.1f ms, max %.1f ms%n", samples, percentile(millis, 50), percentile(millis, 95),
                    Collections.max(millis));
        }
    }

    private static void sendToConfirm(LiteSvmPeer peer, int steps) throws Exception {
        LiteSvmEcosystem world = new LiteSvmEcosystem(peer);
        Address mint = world.newMint(TokenProgram.SPL_TOKEN);
        Token token = new Token(mint, "B", "bench", TokenRole.ROOT, Market.BONDING_CURVE, TokenProgram.SPL_TOKEN);
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        try (JsonRpcClient client = JsonRpcClient.create(production(peer), new RpcMetrics(meters));
                SolanaSubscriptions live = SolanaSubscriptions.start(client)) {
            while (!live.connected()) {
                Thread.sleep(10);
            }
            SolanaRpc rpc = new SolanaRpc(client);
            RpcCycleExecutor executor = new RpcCycleExecutor(rpc, new LiteSvmStepTransactions(world), Optional.of(live),
                    new RpcMetrics(meters), Clock.systemUTC());
            List<Double> submitMillis = new ArrayList<>();
            double facadeSendMillis = 0;
            double facadeAllMillis = 0;
            for (int i = 0; i < steps; i++) {
                CycleStep step = new CycleStep.RootBuyback(new StepId(CycleId.at(Instant.now(), i), 0), token, false,
                        Lamports.ZERO, Lamports.of(1_000), Lamports.ZERO);
                PreparedTransaction tx = ((Preparation.Ready) executor.prepare(step)).transaction();
                peer.resetStats();
                long started = System.nanoTime();
                StepOutcome outcome = executor.submit(tx);
                submitMillis.add((System.nanoTime() - started) / 1e6);
                if (!(outcome instanceof StepOutcome.Confirmed)) {
                    throw new IllegalStateException("step " + i + " did not confirm: " + outcome);
                }
                JsonNode processing = peer.stats().path("processingNanos");
                facadeSendMillis += processing.path("sendTransaction").asDouble() / 1e6;
                double all = 0;
                for (JsonNode n : processing) {
                    all += n.asDouble() / 1e6;
                }
                facadeAllMillis += all;
            }
            double p50 = percentile(submitMillis, 50);
            System.out.printf("send-to-confirm: %d transactions, submit p50 %.1f ms, p95 %.1f ms; facade processing per"
                            + " transaction: sendTransaction %.2f ms, all requests %.2f ms -> overhead of the sender p50"
                            + " %.1f ms over the facade's own processing%n", steps, p50, percentile(submitMillis, 95),
                    facadeSendMillis / steps, facadeAllMillis / steps, p50 - facadeAllMillis / steps);
        }
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
