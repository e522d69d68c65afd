package dev.asdf.burnengine.solana.jito;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.cycle.PreparedTransaction;
import dev.asdf.burnengine.core.money.Lamports;
import dev.asdf.burnengine.solana.crypto.Ed25519Keypair;
import dev.asdf.burnengine.solana.executor.TransactionSubmission;
import dev.asdf.burnengine.solana.message.Blockhash;
import dev.asdf.burnengine.solana.message.MessageCompiler;
import dev.asdf.burnengine.solana.message.Transaction;
import dev.asdf.burnengine.solana.program.system.SystemInstructions;
import dev.asdf.burnengine.solana.rpc.RpcMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
@DisplayName("Jito bundle submission: one transaction per bundle, failed bundles reported lost, all counted")
class JitoBundleSubmissionTest {
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final RpcMetrics metrics = new RpcMetrics(meters);
    private FakeBlockEngine fake;
    private JitoBlockEngine engine;
    private PreparedTransaction tx;

    @BeforeEach
    void start() {
        fake = FakeBlockEngine.start(null, List.of(Ed25519Keypair.generate(new SecureRandom()).address()));
        engine = JitoBlockEngine.create(JitoTipsTest.quick(fake.url()), fake.url(), metrics);
        Ed25519Keypair payer = Ed25519Keypair.generate(new SecureRandom());
        Address to = Ed25519Keypair.generate(new SecureRandom()).address();
        Transaction signed = Transaction.sign(MessageCompiler.compileLegacy(payer.address(),
                List.of(SystemInstructions.transfer(payer.address(), to, Lamports.of(1))), Blockhash.of(new byte[32])),
                List.of(payer));
        tx = new PreparedTransaction(signed.signature(), signed.serialize(), 100);
    }

    @AfterEach
    void stop() {
        engine.close();
        fake.close();
    }

    private TransactionSubmission submission(JitoBlockEngine on, Duration pollInterval) {
        return new JitoBundleSubmission(on, new JitoTips(on, Lamports.of(1_000), Clock.systemUTC(), new SecureRandom()),
                metrics, pollInterval);
    }

    private double count(String name, String tag, String value) {
        return meters.counter("burn_engine_rpc_" + name + "_total", tag, value).count();
    }

    @Test
    @DisplayName("a bundle the block engine reports Failed is lost: the sender resends the same bytes at once")
    void aFailedBundleIsReportedLost() {
        fake.failNext(1);
        TransactionSubmission.Channel channel = submission(engine, Duration.ZERO).open(tx);
        channel.send();

        assertThat(channel.lost()).isTrue();
        assertThat(channel.lost()).as("reported once per bundle").isFalse();
        assertThat(fake.bundles()).singleElement().satisfies(b -> assertThat(b.signature()).isEqualTo(tx.signature()));
        assertThat(count("jito_bundles", "result", "accepted")).isEqualTo(1);
        assertThat(count("jito_bundle_states", "state", "failed")).isEqualTo(1);
    }

    @Test
    @DisplayName("a bundle reported Invalid is not lost: it waits for the rebroadcast instead of a bundle per poll")
    void anInvalidBundleWaitsForTheRebroadcast() {
        fake.failNext(1); // accepted and kept, not forwarded (this fake has no facade)
        fake.reportInvalid(true);
        TransactionSubmission.Channel channel = submission(engine, Duration.ZERO).open(tx);
        channel.send();

        assertThat(channel.lost()).isFalse();
        assertThat(channel.lost()).isFalse();
        assertThat(count("jito_bundle_states", "state", "invalid")).isEqualTo(2);
        assertThat(fake.sendBundleCalls()).isEqualTo(1);
    }

    @Test
    @DisplayName("a bundle's state is polled at most once per poll interval")
    void theStateIsPolledAtMostOncePerPollInterval() {
        fake.failNext(1);
        TransactionSubmission.Channel channel = submission(engine, Duration.ofHours(1)).open(tx);
        channel.send();

        assertThat(channel.lost()).isFalse();
        assertThat(fake.calls("getInflightBundleStatuses")).isZero();
    }

    @Test
    @DisplayName("a refused bundle is counted and not reported lost: the rebroadcast interval resends it")
    void aRefusedBundleIsCountedAndWaitsForTheRebroadcast() {
        fake.refuseNext(1);
        TransactionSubmission.Channel channel = submission(engine, Duration.ZERO).open(tx);
        channel.send();

        assertThat(channel.lost()).isFalse();
        assertThat(count("jito_bundles", "result", "refused")).isEqualTo(1);
        assertThat(fake.calls("getInflightBundleStatuses")).isZero();
    }

    @Test
    @DisplayName("an unreachable block engine is counted as unavailable and never throws")
    void anUnreachableBlockEngineIsCountedAsUnavailable() {
        URI nowhere = URI.create("http://127.0.0.1:1/api/v1/bundles");
        try (JitoBlockEngine down = JitoBlockEngine.create(JitoTipsTest.quick(nowhere), nowhere, metrics)) {
            TransactionSubmission.Channel channel = submission(down, Duration.ZERO).open(tx);
            channel.send();

            assertThat(channel.lost()).isFalse();
            assertThat(count("jito_bundles", "result", "unavailable")).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("each bundle holds exactly the prepared transaction's bytes")
    void eachBundleHoldsThePreparedBytes() {
        fake.failNext(2);
        TransactionSubmission.Channel channel = submission(engine, Duration.ZERO).open(tx);
        channel.send();
        channel.send();

        assertThat(fake.bundles()).hasSize(2).extracting(FakeBlockEngine.Bundle::signature)
                .containsOnly(tx.signature());
        assertThat(fake.bundles().get(0).id()).isNotEqualTo(fake.bundles().get(1).id());
    }
}
