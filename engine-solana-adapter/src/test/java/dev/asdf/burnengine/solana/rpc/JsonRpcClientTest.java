package dev.asdf.burnengine.solana.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JsonRpcClientTest {
    private static LiteSvmPeer peer;
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @BeforeAll
    static void startPeer() {
        peer = LiteSvmPeer.start();
    }

    @AfterAll
    static void stopPeer() {
        peer.close();
    }

    @AfterEach
    void clearFaults() {
        peer.clearFaults();
    }

    private JsonRpcClient client(RpcSettings settings) {
        return JsonRpcClient.create(settings, new RpcMetrics(meters));
    }

    private double counter(String name) {
        return meters.find(name).counters().stream().mapToDouble(c -> c.count()).sum();
    }

    @Test
    void answers_a_call_with_its_result() {
        try (JsonRpcClient client = client(peer.settings())) {
            assertThat(client.call("getHealth").asText()).isEqualTo("ok");
        }
    }

    @Test
    void answers_a_batch_in_request_order_in_one_http_request() {
        try (JsonRpcClient client = client(peer.settings())) {
            peer.resetStats();
            List<RpcResponse> answers = client.batch(List.of(RpcRequest.of("getHealth"), RpcRequest.of("noSuchMethod"),
                    RpcRequest.of("getMinimumBalanceForRentExemption", 0)));
            assertThat(answers.get(0).orThrow().asText()).isEqualTo("ok");
            assertThat(answers.get(1)).isInstanceOf(RpcResponse.Error.class);
            assertThat(answers.get(2).orThrow().asLong()).isPositive();
            assertThat(peer.stats().path("httpRequests").asInt()).isEqualTo(2);
        }
    }

    @Test
    void splits_a_batch_larger_than_the_batch_size() {
        RpcSettings small = new RpcSettings(peer.settings().endpoints(), List.of(), Commitment.CONFIRMED,
                Duration.ofSeconds(5), Duration.ofSeconds(5), 2, Duration.ofMillis(10), Duration.ofMillis(100), 20, 50f,
                Duration.ofSeconds(30), 2, Duration.ofSeconds(20), Duration.ofMillis(100), Duration.ofSeconds(1),
                Duration.ofMillis(20), Duration.ofMillis(200), Duration.ofMinutes(1), 1.2, 1_400_000, 75, 1_000_000, 1000, 0);
        try (JsonRpcClient client = client(small)) {
            peer.resetStats();
            assertThat(client.batch(List.of(RpcRequest.of("getHealth"), RpcRequest.of("getHealth"), RpcRequest.of("getHealth"))))
                    .hasSize(3).allSatisfy(r -> assertThat(r.orThrow().asText()).isEqualTo("ok"));
            assertThat(peer.stats().path("httpRequests").asInt()).isEqualTo(2 + 1);
        }
    }

    @Test
    void returns_a_json_rpc_error_without_retrying_it() {
        try (JsonRpcClient client = client(peer.settings())) {
            assertThatThrownBy(() -> client.call("noSuchMethod"))
                    .isInstanceOfSatisfying(RpcErrorResponse.class, e -> assertThat(e.code()).isEqualTo(-32601));
            assertThat(counter("burn_engine_rpc_retries_total")).isZero();
        }
    }

    @Test
    void retries_after_http_429_and_succeeds() {
        peer.setFaults(Map.of("retryAfterSeconds", 0));
        peer.injectFault(Map.of("kind", "http429", "count", 2));
        try (JsonRpcClient client = client(peer.settings())) {
            assertThat(client.call("getHealth").asText()).isEqualTo("ok");
            assertThat(counter("burn_engine_rpc_retries_total")).isEqualTo(2);
        }
    }

    @Test
    void retries_after_http_5xx() {
        peer.injectFault(Map.of("kind", "http5xx", "count", 1));
        try (JsonRpcClient client = client(peer.settings())) {
            assertThat(client.call("getHealth").asText()).isEqualTo("ok");
            assertThat(counter("burn_engine_rpc_retries_total")).isEqualTo(1);
        }
    }

    @Test
    void retries_a_malformed_body() {
        peer.injectFault(Map.of("kind", "malformed", "count", 1));
        try (JsonRpcClient client = client(peer.settings())) {
            assertThat(client.call("getHealth").asText()).isEqualTo("ok");
            assertThat(counter("burn_engine_rpc_retries_total")).isEqualTo(1);
        }
    }

    @Test
    void retries_a_dropped_connection() {
        peer.injectFault(Map.of("kind", "drop", "count", 1));
        try (JsonRpcClient client = client(peer.settings())) {
            assertThat(client.call("getHealth").asText()).isEqualTo("ok");
            assertThat(counter("burn_engine_rpc_retries_total")).isEqualTo(1);
        }
    }

    @Test
    void retries_a_request_that_times_out() {
        peer.setFaults(Map.of("delayMs", 1500));
        peer.injectFault(Map.of("kind", "delay", "count", 1));
        RpcSettings impatient = peer.settings().withTimings(Duration.ofMillis(300), Duration.ofMillis(10),
                Duration.ofMillis(100), Duration.ofMillis(20), Duration.ofMillis(200));
        try (JsonRpcClient client = client(impatient)) {
            assertThat(client.call("getHealth").asText()).isEqualTo("ok");
            assertThat(counter("burn_engine_rpc_retries_total")).isEqualTo(1);
        }
    }

    @Test
    void fails_over_to_the_next_endpoint_when_the_first_refuses_connections() throws Exception {
        URI dead = URI.create("http://127.0.0.1:" + freePort());
        try (JsonRpcClient client = client(peer.settings().withEndpoints(List.of(dead, peer.httpUrl()), List.of()))) {
            assertThat(client.call("getHealth").asText()).isEqualTo("ok");
            assertThat(counter("burn_engine_rpc_failovers_total")).isEqualTo(1);
        }
    }

    @Test
    void opens_the_circuit_of_an_endpoint_that_keeps_failing_and_uses_the_next() {
        peer.setFaults(Map.of("path", "/a", "rates", Map.of("http5xx", 1.0)));
        try (JsonRpcClient client = client(peer.settings().withEndpoints(List.of(peer.httpUrl("/a"), peer.httpUrl("/b")),
                List.of()))) {
            for (int i = 0; i < 6; i++) {
                assertThat(client.call("getHealth").asText()).isEqualTo("ok");
            }
            assertThat(client.endpoints().get(0).breaker()).isEqualTo("OPEN");
            assertThat(client.endpoints().get(1).breaker()).isEqualTo("CLOSED");
        }
    }

    @Test
    void goes_back_to_the_preferred_endpoint_once_its_circuit_has_waited_and_it_answers_again() throws Exception {
        peer.setFaults(Map.of("path", "/a", "rates", Map.of("http5xx", 1.0)));
        RpcSettings s = peer.settings().withEndpoints(List.of(peer.httpUrl("/a"), peer.httpUrl("/b")), List.of());
        RpcSettings shortOpen = new RpcSettings(s.endpoints(), s.websockets(), s.commitment(), s.connectTimeout(),
                s.requestTimeout(), s.maxAttempts(), s.retryBackoff(), s.maxRetryBackoff(), s.breakerWindow(),
                s.breakerFailureRatePercent(), Duration.ofMillis(300), s.batchSize(), s.pingInterval(),
                s.reconnectBackoff(), s.maxReconnectBackoff(), s.pollInterval(), s.rebroadcastInterval(), s.giveUpAfter(),
                s.computeUnitMargin(), s.computeUnitCap(), s.priorityFeePercentile(), s.priorityFeeCapMicroLamports(),
                s.signaturePageSize(), s.feeTolerance());
        try (JsonRpcClient client = client(shortOpen)) {
            for (int i = 0; i < 6; i++) {
                client.call("getHealth");
            }
            assertThat(client.endpoints().get(0).breaker()).isEqualTo("OPEN");
            peer.clearFaults();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!"HALF_OPEN".equals(client.endpoints().get(0).breaker()) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(client.call("getHealth").asText()).isEqualTo("ok");
            assertThat(client.endpoints().get(0).breaker()).as("the preferred endpoint is in use again")
                    .isEqualTo("CLOSED");
        }
    }

    @Test
    void reports_the_chain_unavailable_when_every_endpoint_fails() {
        peer.setFaults(Map.of("rates", Map.of("http5xx", 1.0)));
        try (JsonRpcClient client = client(peer.settings())) {
            assertThatThrownBy(() -> client.call("getSlot"))
                    .isInstanceOf(RpcUnavailableException.class)
                    .hasMessageContaining("no RPC endpoint answered getSlot")
                    .hasMessageContaining("HTTP 503");
        }
    }

    @Test
    void never_shows_the_path_or_query_of_an_endpoint() {
        try (JsonRpcClient client = client(peer.settings().withEndpoints(
                List.of(URI.create(peer.httpUrl() + "/v2/secret-key?api-key=hunter2")), List.of()))) {
            assertThat(client.endpoints().get(0).name()).doesNotContain("secret").doesNotContain("hunter2")
                    .startsWith("#0 http://127.0.0.1:");
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
