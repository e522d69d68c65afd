package dev.asdf.burnengine.http;

import static dev.asdf.burnengine.http.TestServer.A;
import static dev.asdf.burnengine.http.TestServer.B;
import static dev.asdf.burnengine.http.TestServer.ROOT;
import static dev.asdf.burnengine.http.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asdf.burnengine.core.testkit.FakeChain;
import dev.asdf.burnengine.core.testkit.TestData;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReadEndpointsTest {
    private TestServer s;

    @AfterEach
    void stop() {
        if (s != null) {
            s.close();
        }
    }

    @Test
    void healthIsHealthyWithTheComponentsTheRunnerReports() {
        s = TestServer.start();
        HttpResponse<String> r = s.get("/health");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        JsonNode body = json(r);
        assertThat(body.path("status").asText()).isEqualTo("healthy");
        assertThat(body.path("problems")).isEmpty();
        assertThat(body.path("tokens").path("tracked").asInt()).isEqualTo(3);
        assertThat(body.path("components").get(0).path("name").asText()).isEqualTo("rpc:primary");
        assertThat(body.path("components").get(0).path("status").asText()).isEqualTo("UP");
        assertThat(body.path("engine").path("emergencyStop").path("engaged").asBoolean()).isFalse();
    }

    @Test
    void healthIsUnhealthyWith503WhenAComponentIsDown() {
        s = TestServer.start();
        s.health.set(List.of(new EngineHealth.Component("rpc:primary", EngineHealth.Status.DOWN, "circuit breaker open")));
        HttpResponse<String> r = s.get("/health");
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(json(r).path("status").asText()).isEqualTo("unhealthy");
        assertThat(json(r).path("problems").get(0).asText()).contains("rpc:primary is down: circuit breaker open");
    }

    @Test
    void healthIsDegradedWhileTheEmergencyStopIsEngaged() {
        s = TestServer.start();
        s.engine.engageEmergencyStop("investigating", "admin@127.0.0.1");
        JsonNode body = json(s.get("/health"));
        assertThat(body.path("status").asText()).isEqualTo("degraded");
        assertThat(body.path("problems").toString()).contains("emergency stop is engaged").contains("/admin/emergency-stop/release");
    }

    @Test
    void readyIs200WhenStateIsLoadedTheJournalVerifiedAndTheChainReachable() {
        s = TestServer.start();
        HttpResponse<String> r = s.get("/ready");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).path("ready").asBoolean()).isTrue();
    }

    @Test
    void readyIs503WhileTheChainIsUnreachable() {
        s = TestServer.start();
        s.health.set(new EngineHealth.Readiness(true, true, false, "no RPC endpoint answers"));
        HttpResponse<String> r = s.get("/ready");
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(json(r).path("chainReachable").asBoolean()).isFalse();
        assertThat(json(r).path("detail").asText()).isEqualTo("no RPC endpoint answers");
    }

    @Test
    void beforeTheEngineStartsReadyAndEngineReadsAnswer503() {
        s = TestServer.builder().engineNotStarted().build();
        assertThat(s.get("/ready").statusCode()).isEqualTo(503);
        assertThat(json(s.get("/ready")).path("engineStarted").asBoolean()).isFalse();
        HttpResponse<String> fees = s.get("/fees");
        assertThat(fees.statusCode()).isEqualTo(503);
        assertThat(json(fees).path("error").asText()).isEqualTo("engine_not_started");
        assertThat(json(fees).path("message").asText()).contains("GET /ready");
    }

    @Test
    void feesShowPendingPerTokenAndInTotal() {
        s = TestServer.start().withFees();
        JsonNode body = json(s.get("/fees"));
        assertThat(body.path("totals").path("pendingLamports").asLong()).isEqualTo(710_000_000L);
        assertThat(body.path("totals").path("tokenCount").asInt()).isEqualTo(3);
        JsonNode a = tokenNamed(body.path("tokens"), "A");
        assertThat(a.path("pendingLamports").isIntegralNumber()).isTrue();
        assertThat(a.path("pendingLamports").asLong()).isEqualTo(400_000_000L);
        assertThat(a.path("mint").asText()).isEqualTo(A.mint().toString());
        assertThat(a.path("isRoot").asBoolean()).isFalse();
    }

    @Test
    void feesShowTheFeeSourcesPollStatistics() {
        s = TestServer.start().withFees();
        JsonNode daemon = json(s.get("/fees")).path("daemon");
        assertThat(daemon.path("pollCount").asLong()).isEqualTo(1);
        assertThat(daemon.path("errorRate").asDouble()).isZero();
        assertThat(daemon.path("lastPollMs").asLong()).isZero();
    }

    @Test
    void tokensListEveryTokenWithTheSeedsFieldNames() {
        s = TestServer.start().withCompletedCycle();
        JsonNode body = json(s.get("/tokens"));
        assertThat(body.path("count").asInt()).isEqualTo(3);
        JsonNode root = tokenNamed(body.path("tokens"), "ROOT");
        assertThat(root.path("isRoot").asBoolean()).isTrue();
        assertThat(root.path("poolType").asText()).isEqualTo("bonding_curve");
        assertThat(root.path("totalCollectedLamports").asLong()).isEqualTo(60_000_000L);
        assertThat(root.path("pendingFeesLamports").asLong()).isZero();
        assertThat(root.path("totalBurnedTokens").isTextual()).isTrue();
        assertThat(Long.parseLong(root.path("totalBurnedTokens").asText())).isPositive();
        assertThat(root.path("cyclesRun").asLong()).isEqualTo(1);
    }

    @Test
    void oneTokenShowsItsRecentBurnsAndDeadLetterEntry() {
        s = TestServer.start().withCompletedCycle();
        JsonNode body = json(s.get("/tokens/" + A.mint()));
        assertThat(body.path("token").path("symbol").asText()).isEqualTo("A");
        assertThat(body.path("recentBurns")).hasSize(1);
        assertThat(body.path("recentBurns").get(0).path("tokenMint").asText()).isEqualTo(A.mint().toString());
        assertThat(body.path("deadLetter").isNull()).isTrue();
    }

    @Test
    void anUnknownMintIs404AndAMalformedOneIs400() {
        s = TestServer.start();
        HttpResponse<String> unknown = s.get("/tokens/" + TestData.address(404));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).path("error").asText()).isEqualTo("unknown_mint");
        assertThat(json(unknown).path("message").asText()).contains(TestData.address(404).toString()).contains("GET /tokens");
        HttpResponse<String> malformed = s.get("/tokens/not-an-address");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(json(malformed).path("error").asText()).isEqualTo("invalid_mint");
        assertThat(json(malformed).path("message").asText()).contains("not-an-address");
    }

    @Test
    void burnsListConfirmedBurnsNewestFirstWithExplorerLinks() {
        s = TestServer.start().withCompletedCycle();
        JsonNode body = json(s.get("/burns"));
        assertThat(body.path("totalBurns").asInt()).isEqualTo(3);
        JsonNode newest = body.path("recentBurns").get(0);
        assertThat(newest.path("tokensBurned").isTextual()).isTrue();
        assertThat(newest.path("lamportsSpent").asLong()).isPositive();
        assertThat(newest.path("network").asText()).isEqualTo("mainnet-beta");
        assertThat(newest.path("explorerUrl").asText())
                .isEqualTo("https://explorer.solana.com/tx/" + newest.path("txSignature").asText());
        assertThat(body.path("recentBurns").get(0).path("timestamp").asLong())
                .isGreaterThanOrEqualTo(body.path("recentBurns").get(2).path("timestamp").asLong());
    }

    @Test
    void explorerLinksNameTheConfiguredCluster() {
        s = TestServer.builder().settings(x -> x.withExplorerCluster(HttpSettings.ExplorerCluster.DEVNET)).build()
                .withCompletedCycle();
        JsonNode burn = json(s.get("/burns")).path("recentBurns").get(0);
        assertThat(burn.path("explorerUrl").asText()).endsWith("?cluster=devnet");
    }

    @Test
    void treasuryShowsWhatTheRootReceivedSpentAndBurned() {
        s = TestServer.start().withCompletedCycle();
        JsonNode t = json(s.get("/treasury")).path("treasury");
        assertThat(t.path("initialized").asBoolean()).isTrue();
        assertThat(t.path("rootToken").path("mint").asText()).isEqualTo(ROOT.mint().toString());
        assertThat(t.path("receivedFromSecondariesLamports").asLong()).isPositive();
        assertThat(t.path("spentLamports").asLong()).isPositive();
        assertThat(t.path("cyclesRun").asLong()).isEqualTo(1);
    }

    @Test
    void treasuryWithoutARootSaysSo() {
        s = TestServer.builder().tokens(A).build();
        JsonNode t = json(s.get("/treasury")).path("treasury");
        assertThat(t.path("initialized").asBoolean()).isFalse();
        assertThat(t.path("message").asText()).contains("No root token");
        assertThat(t.has("rootToken")).isFalse();
    }

    @Test
    void cycleStatusBeforeTheFirstCycle() {
        s = TestServer.start().withFees();
        JsonNode body = json(s.get("/cycle/status"));
        assertThat(body.path("ready").asBoolean()).isTrue();
        assertThat(body.path("running").asBoolean()).isFalse();
        assertThat(body.path("pendingTokens")).hasSize(3);
        assertThat(body.path("stats").path("cycleCount").asLong()).isZero();
        assertThat(body.path("stats").path("timeSinceLastCycle").asLong()).isEqualTo(-1);
    }

    @Test
    void cycleStatusAfterACycleCountsItByOutcome() {
        s = TestServer.start().withCompletedCycle();
        JsonNode stats = json(s.get("/cycle/status")).path("stats");
        assertThat(stats.path("cycleCount").asLong()).isEqualTo(1);
        assertThat(stats.path("lastStatus").asText()).isEqualTo("COMPLETED");
        assertThat(stats.path("byStatus").path("COMPLETED").asLong()).isEqualTo(1);
        assertThat(stats.path("byStatus").path("FAILED").asLong()).isZero();
    }

    @Test
    void cycleStatusIsNotReadyWhileTheEmergencyStopIsEngaged() {
        s = TestServer.start();
        s.engine.engageEmergencyStop("maintenance", "admin@127.0.0.1");
        JsonNode body = json(s.get("/cycle/status"));
        assertThat(body.path("ready").asBoolean()).isFalse();
        assertThat(body.path("reasons").get(0).asText()).contains("maintenance");
    }

    @Test
    void cyclesListReportsAndOneReportShowsItsTransactions() {
        s = TestServer.start().withCompletedCycle();
        JsonNode list = json(s.get("/cycles"));
        assertThat(list.path("count").asInt()).isEqualTo(1);
        String id = list.path("cycles").get(0).path("cycleId").asText();
        JsonNode report = json(s.get("/cycles/" + id));
        assertThat(report.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(report.path("success").asBoolean()).isTrue();
        assertThat(report.path("steps")).hasSize(3);
        JsonNode step = report.path("steps").get(0);
        assertThat(step.path("outcome").asText()).isEqualTo("confirmed");
        assertThat(step.path("explorerUrl").asText()).startsWith("https://explorer.solana.com/tx/");
        assertThat(step.has("errorCode")).isFalse();
        assertThat(report.path("decisions")).hasSize(3);
    }

    @Test
    void anUnknownCycleIs404AndAMalformedIdIs400() {
        s = TestServer.start();
        assertThat(s.get("/cycles/cycle-1-1").statusCode()).isEqualTo(404);
        HttpResponse<String> bad = s.get("/cycles/has%20space");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad).path("error").asText()).isEqualTo("invalid_cycle_id");
    }

    @Test
    void theDeadLetterQueueListsATokenWhoseStepFailed() {
        s = TestServer.start().withFees();
        s.harness.chain.script(B, FakeChain.Behaviour.FAIL_PERMANENT);
        s.engine.runCycle();
        JsonNode body = json(s.get("/dlq"));
        assertThat(body.path("open").asLong()).isEqualTo(1);
        JsonNode entry = body.path("entries").get(0);
        assertThat(entry.path("mint").asText()).isEqualTo(B.mint().toString());
        assertThat(entry.path("status").asText()).isEqualTo("PERMANENT");
        assertThat(entry.path("failures").asInt()).isEqualTo(1);
        assertThat(entry.path("lastErrorCode").asText()).isNotBlank();
    }

    @Test
    void syncIs200WhileTheLedgerMatchesTheChain() {
        s = TestServer.start().withFees();
        HttpResponse<String> r = s.get("/health/sync");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).path("inSync").asBoolean()).isTrue();
        assertThat(json(r).path("reconciliation").path("status").asText()).isEqualTo("IN_SYNC");
    }

    @Test
    void syncIs409WhenTheChainHoldsLessThanTheLedgerClaims() {
        s = TestServer.start().withFees();
        s.harness.chain.withdrawFromVault(100_000_000);
        HttpResponse<String> r = s.get("/health/sync");
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(json(r).path("inSync").asBoolean()).isFalse();
        assertThat(json(r).path("reconciliation").path("status").asText()).isEqualTo("SHORTFALL");
        assertThat(json(r).path("reconciliation").path("discrepancyLamports").asLong()).isEqualTo(100_000_000L);
    }

    @Test
    void syncIs503WhenTheChainIsUnreachable() {
        s = TestServer.start().withFees();
        s.harness.chain.setUnreachable(true);
        HttpResponse<String> r = s.get("/health/sync");
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(json(r).path("error").asText()).isEqualTo("chain_unavailable");
    }

    private static JsonNode tokenNamed(JsonNode tokens, String symbol) {
        for (JsonNode t : tokens) {
            if (t.path("symbol").asText().equals(symbol)) {
                return t;
            }
        }
        throw new AssertionError("no token " + symbol + " in " + tokens);
    }
}
