package dev.asdf.burnengine.http;

import static dev.asdf.burnengine.http.TestServer.A;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asdf.burnengine.core.event.DomainEvent;
import io.micrometer.core.instrument.Counter;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WebSocketFeedTest {
    private TestServer s;
    private final List<TestFeedClient> clients = new ArrayList<>();

    @AfterEach
    void stop() {
        clients.forEach(TestFeedClient::close);
        if (s != null) {
            s.close();
        }
    }

    private TestFeedClient connect() {
        TestFeedClient c = TestFeedClient.connect(s);
        clients.add(c);
        return c;
    }

    @Test
    void aClientFirstReceivesASnapshotToRenderAtOnce() {
        s = TestServer.start().withCompletedCycle();
        JsonNode first = connect().next();
        assertThat(first.path("type").asText()).isEqualTo("snapshot");
        JsonNode data = first.path("data");
        assertThat(data.path("tokens")).hasSize(3);
        assertThat(data.path("recentBurns")).hasSize(3);
        assertThat(data.path("recentCycles")).hasSize(1);
        assertThat(data.path("health").path("status").asText()).isEqualTo("healthy");
        assertThat(data.path("explorer").path("cluster").asText()).isEqualTo("mainnet-beta");
    }

    @Test
    void aDetectedFeeArrivesWithTheNextSeqAndTheTokensNewPending() {
        s = TestServer.start();
        TestFeedClient c = connect();
        long snapshotSeq = c.next().path("seq").asLong();
        s.harness.chain.trade(A, 123_456);
        s.engine.trackFees();
        JsonNode fee = c.next();
        assertThat(fee.path("type").asText()).isEqualTo("fee_detected");
        assertThat(fee.path("seq").asLong()).isEqualTo(snapshotSeq + 1);
        assertThat(fee.path("data").path("mint").asText()).isEqualTo(A.mint().toString());
        assertThat(fee.path("data").path("amountLamports").asLong()).isEqualTo(123_456);
        assertThat(fee.path("data").path("tokenPendingLamports").asLong()).isEqualTo(123_456);
        assertThat(c.next().path("type").asText()).isEqualTo("fees_polled");
    }

    @Test
    void aCycleIsFollowedStepByStepWithConsecutiveSeqs() {
        s = TestServer.start().withFees();
        TestFeedClient c = connect();
        long seq = c.next().path("seq").asLong();
        s.engine.runCycle();
        List<String> types = new ArrayList<>();
        JsonNode m;
        do {
            m = c.next();
            assertThat(m.path("seq").asLong()).isEqualTo(++seq);
            types.add(m.path("type").asText());
        } while (!m.path("type").asText().equals("cycle_finished"));
        assertThat(types).containsExactly("cycle_planned", "step_sent", "step_confirmed", "step_sent", "step_confirmed",
                "step_sent", "step_confirmed", "cycle_finished");
        assertThat(m.path("data").path("status").asText()).isEqualTo("COMPLETED");
    }

    @Test
    void aStepConfirmationCarriesTheTransactionAndItsExplorerLink() {
        s = TestServer.start().withFees();
        TestFeedClient c = connect();
        c.next();
        s.engine.runCycle();
        JsonNode step = c.nextOfType("step_confirmed").path("data").path("step");
        assertThat(step.path("outcome").asText()).isEqualTo("confirmed");
        assertThat(step.path("explorerUrl").asText()).isEqualTo("https://explorer.solana.com/tx/" + step.path("signature").asText());
    }

    @Test
    void pausesAndHealthChangesAreBroadcast() {
        s = TestServer.start();
        TestFeedClient c = connect();
        c.next();
        s.engine.pause(A.mint(), "maintenance", "admin@test");
        JsonNode paused = c.next();
        assertThat(paused.path("type").asText()).isEqualTo("token_paused");
        assertThat(paused.path("data").path("reason").asText()).isEqualTo("maintenance");
        s.engine.engageEmergencyStop("drill", "admin@test");
        JsonNode health = c.next();
        assertThat(health.path("type").asText()).isEqualTo("health_changed");
        assertThat(health.path("data").path("component").asText()).isEqualTo("emergency-stop");
        assertThat(health.path("data").path("healthy").asBoolean()).isFalse();
    }

    @Test
    void everyClientGetsEveryEvent() {
        s = TestServer.start();
        TestFeedClient one = connect();
        TestFeedClient two = connect();
        one.next();
        two.next();
        s.engine.pause(A.mint(), "both see this", "admin@test");
        assertThat(one.next().path("type").asText()).isEqualTo("token_paused");
        assertThat(two.next().path("type").asText()).isEqualTo("token_paused");
    }

    @Test
    void aClientMayAskForAFreshSnapshot() {
        s = TestServer.start();
        TestFeedClient c = connect();
        c.next();
        s.harness.chain.trade(A, 5_000);
        s.engine.trackFees();
        c.send("{\"action\":\"snapshot\"}");
        JsonNode snapshot = c.nextOfType("snapshot");
        assertThat(snapshot.path("data").path("totals").path("pendingLamports").asLong()).isEqualTo(5_000);
    }

    @Test
    void aPingIsAnsweredWithTheCurrentSeq() {
        s = TestServer.start();
        TestFeedClient c = connect();
        long seq = c.next().path("seq").asLong();
        c.send("{\"action\":\"ping\"}");
        JsonNode pong = c.next();
        assertThat(pong.path("type").asText()).isEqualTo("pong");
        assertThat(pong.path("seq").asLong()).isEqualTo(seq);
    }

    @Test
    void garbageFromAClientIsIgnored() {
        s = TestServer.start();
        TestFeedClient c = connect();
        c.next();
        c.send("not json");
        c.send("{\"action\":\"delete-everything\"}");
        c.send("[]");
        s.engine.pause(A.mint(), "still alive", "admin@test");
        assertThat(c.next().path("type").asText()).isEqualTo("token_paused");
    }

    @Test
    void aMessageOverFourKibibytesClosesTheConnection() throws Exception {
        s = TestServer.start();
        TestFeedClient c = connect();
        c.next();
        c.send("{\"action\":\"" + "x".repeat(5_000) + "\"}");
        assertThat(c.closed().get(30, TimeUnit.SECONDS)).as("close code").isIn(1006, 1009);
    }

    @Test
    void aSlowClientIsDroppedWhileTheOthersReceiveEverything() throws IOException {
        s = TestServer.builder().settings(x -> x.withWebSocketQueueBound(8)).build();
        TestFeedClient fast = connect();
        long seq = fast.next().path("seq").asLong();
        StringBuilder status = new StringBuilder();
        try (Socket slow = RawHttp.open(s.server.actualPort(), RawHttp.webSocketHandshake(s.server.actualPort(), null), status)) {
            assertThat(status.toString()).startsWith("HTTP/1.1 101");
            awaitClients(2);
            String detail = "x".repeat(4_000);
            int sent = 0;
            while (droppedSlowClients() == 0 && sent < 20_000) {
                for (int i = 0; i < 50; i++) {
                    s.publish(new DomainEvent.HealthChanged(s.harness.clock.instant(), "load", true, detail));
                    sent++;
                }
                for (int i = 0; i < 50; i++) {
                    assertThat(fast.next().path("seq").asLong()).isEqualTo(++seq);
                }
            }
            assertThat(droppedSlowClients()).isEqualTo(1);
            assertThat(s.feedClients()).isEqualTo(1);
            assertThat(readsToEndOfStream(slow)).as("the server closed the slow client's connection").isTrue();
        }
        s.engine.pause(A.mint(), "after the drop", "admin@test");
        JsonNode after = fast.nextOfType("token_paused");
        assertThat(after.path("seq").asLong()).isEqualTo(seq + 1);
    }

    @Test
    void aPageFromAnotherSiteMayNotOpenTheFeed() throws IOException {
        s = TestServer.start();
        assertThat(handshakeStatus("https://evil.example")).startsWith("HTTP/1.1 403");
    }

    @Test
    void thisServersOwnPagesMayOpenTheFeed() {
        s = TestServer.start();
        TestFeedClient c = TestFeedClient.connect(s, "http://127.0.0.1:" + s.server.actualPort());
        clients.add(c);
        assertThat(c.next().path("type").asText()).isEqualTo("snapshot");
    }

    @Test
    void theFeedRefusesClientsBeyondItsLimit() throws IOException {
        s = TestServer.builder().settings(x -> x.withMaxWebSocketClients(1)).build();
        connect().next();
        assertThat(handshakeStatus(null)).startsWith("HTTP/1.1 503");
    }

    @Test
    void stoppingTheServerSaysGoodbyeToClients() throws Exception {
        s = TestServer.start();
        TestFeedClient c = connect();
        c.next();
        s.server.stop();
        assertThat(c.closed().get(10, TimeUnit.SECONDS)).isEqualTo(1001);
    }

    private String handshakeStatus(String origin) throws IOException {
        StringBuilder status = new StringBuilder();
        RawHttp.open(s.server.actualPort(), RawHttp.webSocketHandshake(s.server.actualPort(), origin), status).close();
        return status.toString();
    }

    private double droppedSlowClients() {
        Counter c = s.registry.find("burn_engine_ws_clients_dropped").tag("reason", "slow").counter();
        return c == null ? 0 : c.count();
    }

    private void awaitClients(int n) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (s.feedClients() != n) {
            assertThat(System.nanoTime()).as("%d feed clients within 10 s", n).isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    private static boolean readsToEndOfStream(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[64 * 1024];
        try {
            while (true) {
                if (in.read(buffer) == -1) {
                    return true;
                }
            }
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return e.getMessage() != null && e.getMessage().contains("reset");
        }
    }
}
