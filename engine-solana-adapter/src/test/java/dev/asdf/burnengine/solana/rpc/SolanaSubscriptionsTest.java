package dev.asdf.burnengine.solana.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.solana.crypto.Ed25519Keypair;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.security.SecureRandom;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SolanaSubscriptionsTest {
    private static final long WAIT_SECONDS = 30;
    private static LiteSvmPeer peer;

    @BeforeAll
    static void startPeer() {
        peer = LiteSvmPeer.start();
    }

    @AfterAll
    static void stopPeer() {
        peer.close();
    }

    @Test
    void delivers_account_notifications() throws Exception {
        Address watched = Ed25519Keypair.generate(new SecureRandom()).address();
        try (JsonRpcClient client = JsonRpcClient.create(peer.settings(), new RpcMetrics(new SimpleMeterRegistry()));
                SolanaSubscriptions subscriptions = SolanaSubscriptions.start(client)) {
            Semaphore connected = new Semaphore(0);
            subscriptions.onConnected(connected::release);
            BlockingQueue<Long> lamports = new LinkedBlockingQueue<>();
            subscriptions.account(watched, n -> lamports.add(n.path("value").path("lamports").asLong()));
            assertThat(connected.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
            awaitSubscribed(subscriptions);
            peer.airdrop(watched, 5_000_000);
            assertThat(lamports.poll(WAIT_SECONDS, TimeUnit.SECONDS)).isEqualTo(5_000_000L);
        }
    }

    @Test
    void reconnects_resubscribes_and_calls_back_after_the_server_closes_the_socket() throws Exception {
        Address watched = Ed25519Keypair.generate(new SecureRandom()).address();
        try (JsonRpcClient client = JsonRpcClient.create(peer.settings(), new RpcMetrics(new SimpleMeterRegistry()));
                SolanaSubscriptions subscriptions = SolanaSubscriptions.start(client)) {
            Semaphore connected = new Semaphore(0);
            subscriptions.onConnected(connected::release);
            BlockingQueue<String> logs = new LinkedBlockingQueue<>();
            subscriptions.logs(watched, n -> logs.add(n.path("value").path("signature").asText()));
            assertThat(connected.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
            awaitSubscribed(subscriptions);

            assertThat(peer.closeWebSockets()).isPositive();
            assertThat(connected.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)).as("onConnected after the reconnect").isTrue();
            awaitSubscribed(subscriptions);
            String signature = peer.control("requestAirdrop", watched.toString(), 1_000_000).asText();
            assertThat(logs.poll(WAIT_SECONDS, TimeUnit.SECONDS)).isEqualTo(signature);
        }
    }

    /** Subscribing is asynchronous; a ping round trip after it proves the server has the subscription. */
    private static void awaitSubscribed(SolanaSubscriptions subscriptions) throws InterruptedException {
        for (int i = 0; i < 300 && !subscriptions.allConfirmed(); i++) {
            Thread.sleep(10);
        }
        assertThat(subscriptions.allConfirmed()).as("every subscription confirmed by the server").isTrue();
    }
}
