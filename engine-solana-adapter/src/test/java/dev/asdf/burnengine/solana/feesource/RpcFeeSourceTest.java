package dev.asdf.burnengine.solana.feesource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asdf.burnengine.core.fee.FeeCursor;
import dev.asdf.burnengine.core.fee.FeeEvent;
import dev.asdf.burnengine.core.fee.FeePage;
import dev.asdf.burnengine.solana.rpc.JsonRpcClient;
import dev.asdf.burnengine.solana.rpc.LiteSvmPeer;
import dev.asdf.burnengine.solana.rpc.RpcMetrics;
import dev.asdf.burnengine.solana.rpc.RpcSettings;
import dev.asdf.burnengine.solana.rpc.RpcUnavailableException;
import dev.asdf.burnengine.solana.rpc.SolanaRpc;
import dev.asdf.burnengine.solana.rpc.SolanaSubscriptions;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RpcFeeSourceTest {
    private LiteSvmPeer peer;
    private final RpcMetrics metrics = new RpcMetrics(new SimpleMeterRegistry());

    @BeforeEach
    void startPeer() {
        peer = LiteSvmPeer.start();
        FeeFixtures.seedAccounts(peer);
    }

    @AfterEach
    void stopPeer() {
        peer.close();
    }

    private RpcFeeSource source(RpcSettings settings, Optional<SolanaSubscriptions> live) {
        SolanaRpc rpc = new SolanaRpc(JsonRpcClient.create(settings, metrics));
        return new RpcFeeSource(rpc, new FeeAttributor(EcosystemVaults.of(FeeFixtures.creator()), new RpcPoolDirectory(rpc),
                0), metrics, live);
    }

    private List<String> recordAll() {
        List<String> signatures = new ArrayList<>();
        for (JsonNode c : FeeFixtures.cases()) {
            signatures.add(peer.addRecordedTransaction(c.path("result")).path("signature").asText());
        }
        return signatures;
    }

    private static List<String> expectedCredits() {
        List<String> out = new ArrayList<>();
        for (JsonNode c : FeeFixtures.cases()) {
            String signature = c.path("result").path("transaction").path("signatures").path(0).asText();
            c.path("expect").path("credits").forEach(e -> out.add(signature + "#" + e.path("index").asInt() + " "
                    + e.path("mint").asText() + " " + e.path("lamports").asLong()));
        }
        return out;
    }

    private static List<String> credits(List<FeeEvent> events) {
        return events.stream().map(e -> e.id() + " " + e.mint() + " " + e.amount().value()).toList();
    }

    @Test
    void credits_every_recorded_fee_oldest_first_and_then_reports_caught_up() {
        recordAll();
        RpcFeeSource source = source(peer.settings(), Optional.empty());
        FeePage page = source.fetch(FeeCursor.START, 100);
        assertThat(credits(page.events())).containsExactlyElementsOf(expectedCredits());
        assertThat(page.unattributed()).hasSize(2);
        assertThat(page.rejected()).hasSize(2);
        assertThat(page.caughtUp()).isTrue();
        FeePage again = source.fetch(page.next(), 100);
        assertThat(again.events()).isEmpty();
        assertThat(again.caughtUp()).isTrue();
    }

    @Test
    void reads_every_page_of_signatures_not_only_the_newest() {
        recordAll();
        RpcSettings twoPerPage = withSignaturePage(peer.settings(), 2);
        FeePage page = source(twoPerPage, Optional.empty()).fetch(FeeCursor.START, 100);
        assertThat(credits(page.events())).containsExactlyElementsOf(expectedCredits());
    }

    @Test
    void pages_through_a_backlog_without_losing_or_repeating_an_event() {
        recordAll();
        RpcFeeSource source = source(peer.settings(), Optional.empty());
        List<FeeEvent> all = new ArrayList<>();
        FeeCursor cursor = FeeCursor.START;
        for (int i = 0; i < 20; i++) {
            FeePage page = source.fetch(cursor, 2);
            all.addAll(page.events());
            cursor = page.next();
            if (page.caughtUp()) {
                break;
            }
        }
        assertThat(credits(all)).containsExactlyElementsOf(expectedCredits());
    }

    @Test
    void resumes_from_a_persisted_cursor_in_a_new_process() {
        List<String> signatures = recordAll();
        FeePage first = source(peer.settings(), Optional.empty()).fetch(FeeCursor.START, 3);
        FeePage rest = source(peer.settings(), Optional.empty()).fetch(first.next(), 100);
        List<String> both = new ArrayList<>(credits(first.events()));
        both.addAll(credits(rest.events()));
        assertThat(both).containsExactlyElementsOf(expectedCredits());
        assertThat(signatures).hasSize(FeeFixtures.cases().size());
    }

    @Test
    void keeps_a_transaction_that_cannot_be_fetched_yet_after_the_cursor() {
        List<String> signatures = recordAll();
        String hidden = signatures.get(1);
        peer.setFaults(Map.of("unavailableTransactions", List.of(hidden)));
        RpcFeeSource source = source(peer.settings(), Optional.empty());
        FeePage blocked = source.fetch(FeeCursor.START, 100);
        assertThat(credits(blocked.events())).containsExactlyElementsOf(expectedCredits().subList(0, 1));
        assertThat(blocked.caughtUp()).isFalse();
        assertThat(blocked.next().position()).doesNotContain(hidden);

        peer.clearFaults();
        FeePage rest = source.fetch(blocked.next(), 100);
        assertThat(credits(rest.events())).containsExactlyElementsOf(expectedCredits().subList(1, expectedCredits().size()));
    }

    @Test
    void a_failure_listing_the_second_vault_does_not_skip_what_was_listed_for_the_first() {
        RpcSettings s = peer.settings();
        RpcSettings breakerNeverOpens = new RpcSettings(s.endpoints(), s.websockets(), s.commitment(),
                s.connectTimeout(), s.requestTimeout(), s.maxAttempts(), s.retryBackoff(), s.maxRetryBackoff(),
                s.breakerWindow(), 100f, s.breakerOpenFor(), s.batchSize(), s.pingInterval(), s.reconnectBackoff(),
                s.maxReconnectBackoff(), s.pollInterval(), s.rebroadcastInterval(), s.giveUpAfter(),
                s.computeUnitMargin(), s.computeUnitCap(), s.priorityFeePercentile(), s.priorityFeeCapMicroLamports(),
                s.signaturePageSize(), s.feeTolerance());
        RpcFeeSource source = source(breakerNeverOpens, Optional.empty());
        FeeCursor caughtUp = source.fetch(FeeCursor.START, 100).next();
        recordAll();
        peer.injectFault(Map.of("kind", "pass", "count", 1, "method", "getSignaturesForAddress"));
        peer.injectFault(Map.of("kind", "http5xx", "count", s.maxAttempts(), "method", "getSignaturesForAddress"));
        assertThatThrownBy(() -> source.fetch(caughtUp, 100)).isInstanceOf(RpcUnavailableException.class);

        peer.clearFaults();
        FeePage page = source.fetch(caughtUp, 100);
        assertThat(credits(page.events())).containsExactlyElementsOf(expectedCredits());
    }

    @Test
    void credits_a_signature_of_one_vault_older_than_the_newest_settled_of_the_other() {
        JsonNode curveFirst = FeeFixtures.byName("a pump buy pays its creator fee into the curve vault");
        JsonNode curveLater = FeeFixtures.byName("without recorded inner instructions the event is read from its"
                + " Program data log");
        JsonNode amm = FeeFixtures.byName("a PumpSwap buy credits the pool's base mint from the WSOL vault");
        String c1 = peer.addRecordedTransaction(curveFirst.path("result")).path("signature").asText();
        peer.addRecordedTransaction(curveLater.path("result"));
        JsonNode a1 = peer.addRecordedTransaction(amm.path("result"));
        // what a source that listed the curve vault just before curveLater landed and the AMM vault just after has
        // settled: both vaults' newest, the AMM's slot above curveLater's
        FeeCursor raced = new FeeCursor("curve=" + c1 + ";amm=" + a1.path("signature").asText(),
                a1.path("slot").asLong(), a1.path("slot").asLong());

        FeePage page = source(peer.settings(), Optional.empty()).fetch(raced, 100);

        String signature = curveLater.path("result").path("transaction").path("signatures").path(0).asText();
        assertThat(credits(page.events())).containsExactly(signature + "#0 "
                + curveLater.path("expect").path("credits").path(0).path("mint").asText() + " "
                + curveLater.path("expect").path("credits").path(0).path("lamports").asLong());
    }

    @Test
    void waits_for_a_lagging_node_and_credits_what_it_had_not_seen_yet_later() {
        recordAll();
        peer.setFaults(Map.of("lagSlots", 3));
        RpcFeeSource source = source(peer.settings(), Optional.empty());
        FeePage behind = source.fetch(FeeCursor.START, 100);
        List<String> expected = expectedCredits();
        assertThat(credits(behind.events())).isEqualTo(expected.subList(0, credits(behind.events()).size()))
                .hasSizeLessThan(expected.size());

        peer.clearFaults();
        FeePage rest = source.fetch(behind.next(), 100);
        List<String> all = new ArrayList<>(credits(behind.events()));
        all.addAll(credits(rest.events()));
        assertThat(all).containsExactlyElementsOf(expected);
    }

    @Test
    void wakes_the_engine_when_a_vault_is_mentioned_in_the_logs() throws Exception {
        try (JsonRpcClient client = JsonRpcClient.create(peer.settings(), metrics);
                SolanaSubscriptions live = SolanaSubscriptions.start(client)) {
            RpcFeeSource source = source(peer.settings(), Optional.of(live));
            Semaphore woken = new Semaphore(0);
            source.onActivity(woken::release);
            awaitConfirmed(live);
            woken.drainPermits();
            peer.addRecordedTransaction(FeeFixtures.cases().get(0).path("result"));
            assertThat(woken.tryAcquire(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void wakes_the_engine_after_a_reconnect_so_the_gap_is_backfilled() throws Exception {
        try (JsonRpcClient client = JsonRpcClient.create(peer.settings(), metrics);
                SolanaSubscriptions live = SolanaSubscriptions.start(client)) {
            RpcFeeSource source = source(peer.settings(), Optional.of(live));
            Semaphore woken = new Semaphore(0);
            source.onActivity(woken::release);
            awaitConfirmed(live);
            woken.drainPermits();
            peer.closeWebSockets();
            peer.addRecordedTransaction(FeeFixtures.cases().get(0).path("result"));
            assertThat(woken.tryAcquire(30, TimeUnit.SECONDS)).isTrue();
            FeePage page = source.fetch(FeeCursor.START, 100);
            assertThat(credits(page.events())).containsExactlyElementsOf(expectedCredits().subList(0, 1));
        }
    }

    private static void awaitConfirmed(SolanaSubscriptions live) throws InterruptedException {
        for (int i = 0; i < 3000 && !live.allConfirmed(); i++) {
            Thread.sleep(10);
        }
        assertThat(live.allConfirmed()).isTrue();
    }

    static RpcSettings withSignaturePage(RpcSettings s, int pageSize) {
        return new RpcSettings(s.endpoints(), s.websockets(), s.commitment(), s.connectTimeout(), s.requestTimeout(),
                s.maxAttempts(), s.retryBackoff(), s.maxRetryBackoff(), s.breakerWindow(), s.breakerFailureRatePercent(),
                s.breakerOpenFor(), s.batchSize(), s.pingInterval(), s.reconnectBackoff(), Duration.ofSeconds(1),
                s.pollInterval(), s.rebroadcastInterval(), s.giveUpAfter(), s.computeUnitMargin(), s.computeUnitCap(),
                s.priorityFeePercentile(), s.priorityFeeCapMicroLamports(), pageSize, s.feeTolerance());
    }
}
