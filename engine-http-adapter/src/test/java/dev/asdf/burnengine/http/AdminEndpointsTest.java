package dev.asdf.burnengine.http;

import static dev.asdf.burnengine.http.TestServer.A;
import static dev.asdf.burnengine.http.TestServer.B;
import static dev.asdf.burnengine.http.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asdf.burnengine.core.BurnEngine;
import dev.asdf.burnengine.core.cycle.CycleStep;
import dev.asdf.burnengine.core.cycle.Preparation;
import dev.asdf.burnengine.core.cycle.PreparedTransaction;
import dev.asdf.burnengine.core.cycle.StepOutcome;
import dev.asdf.burnengine.core.journal.JournalEntry;
import dev.asdf.burnengine.core.port.CycleExecutor;
import dev.asdf.burnengine.core.testkit.FakeChain;
import dev.asdf.burnengine.core.testkit.TestData;
import dev.asdf.burnengine.core.token.TokenStatus;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AdminEndpointsTest {
    static final List<String> ADMIN_PATHS = List.of("/cycle", "/cycle?dryRun=true",
            "/admin/tokens/" + A.mint() + "/pause", "/admin/tokens/" + A.mint() + "/resume", "/admin/tokens/reload",
            "/admin/dlq/" + A.mint() + "/retry", "/admin/dlq/" + A.mint() + "/drop", "/admin/emergency-stop",
            "/admin/emergency-stop/release");

    private TestServer s;

    @AfterEach
    void stop() {
        if (s != null) {
            s.close();
        }
    }

    @Test
    void everyAdminEndpointAnswers401WithoutDetailWhenTheTokenIsMissing() {
        s = TestServer.builder().settings(x -> x.withAdminRateLimit(HttpSettings.RateLimit.perMinute(100))).build();
        for (String path : ADMIN_PATHS) {
            HttpResponse<String> r = s.send(s.request(path).POST(HttpRequest.BodyPublishers.noBody()).build());
            assertThat(r.statusCode()).as(path).isEqualTo(401);
            assertThat(json(r).path("error").asText()).isEqualTo("unauthorized");
            assertThat(json(r).path("message").asText()).isEqualTo("authentication required");
        }
    }

    @Test
    void aWrongTokenGetsTheSame401AsNoTokenAndIsJournaled() {
        s = TestServer.start();
        HttpResponse<String> r = s.send(s.request("/admin/tokens/reload").header("Authorization", "Bearer wrong-token")
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(json(r).path("message").asText()).isEqualTo("authentication required");
        awaitJournal(() -> s.harness.journal.entriesOf(JournalEntry.AdminActionRecorded.class).size() == 1);
        JournalEntry.AdminActionRecorded entry = s.harness.journal.entriesOf(JournalEntry.AdminActionRecorded.class).get(0);
        assertThat(entry.actor()).isEqualTo("admin@127.0.0.1");
        assertThat(entry.action()).isEqualTo("tokens-reload");
        assertThat(entry.outcome()).isEqualTo("rejected: unauthorized");
    }

    @Test
    void withoutATokenFileAdminEndpointsAre403AndSayHowToEnableThem() {
        s = TestServer.builder().adminDisabled().build();
        for (String path : ADMIN_PATHS) {
            HttpResponse<String> r = s.post(path, "{}");
            assertThat(r.statusCode()).as(path).isEqualTo(403);
            assertThat(json(r).path("error").asText()).isEqualTo("admin_disabled");
            assertThat(json(r).path("message").asText()).contains("http.adminTokenFile");
        }
    }

    @Test
    void pauseTakesAReasonPausesTheTokenAndJournalsTheOutcome() {
        s = TestServer.start();
        HttpResponse<String> r = s.post("/admin/tokens/" + A.mint() + "/pause", "{\"reason\": \"suspicious volume\"}");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).path("result").asText()).isEqualTo("paused");
        assertThat(s.engine.view().token(A.mint()).orElseThrow().state().status()).isEqualTo(TokenStatus.PAUSED);
        assertThat(json(s.get("/tokens/" + A.mint())).path("token").path("statusReason").asText()).isEqualTo("suspicious volume");
        JournalEntry.TokenPaused paused = s.harness.journal.entriesOf(JournalEntry.TokenPaused.class).get(0);
        assertThat(paused.actor()).isEqualTo("admin@127.0.0.1");
        JournalEntry.AdminActionRecorded audit = s.harness.journal.entriesOf(JournalEntry.AdminActionRecorded.class).get(0);
        assertThat(audit.action()).isEqualTo("pause " + A.mint());
        assertThat(audit.outcome()).isEqualTo("paused: suspicious volume");
    }

    @Test
    void resumeReactivatesAPausedToken() {
        s = TestServer.start();
        s.engine.pause(A.mint(), "test", "admin@test");
        HttpResponse<String> r = s.postWithoutBody("/admin/tokens/" + A.mint() + "/resume");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(s.engine.view().token(A.mint()).orElseThrow().state().status()).isEqualTo(TokenStatus.ACTIVE);
    }

    @Test
    void pausingAnUnknownMintIs404AndTheRefusalIsJournaled() {
        s = TestServer.start();
        HttpResponse<String> r = s.post("/admin/tokens/" + TestData.address(404) + "/pause", "{\"reason\": \"x\"}");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(json(r).path("error").asText()).isEqualTo("unknown_mint");
        assertThat(s.harness.journal.entriesOf(JournalEntry.AdminActionRecorded.class).get(0).outcome())
                .startsWith("refused: unknown_mint");
    }

    @Test
    void pauseWithoutAReasonIs400NamingTheField() {
        s = TestServer.start();
        HttpResponse<String> r = s.post("/admin/tokens/" + A.mint() + "/pause", "{}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).path("message").asText()).contains("'reason'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "{\"reason\": }", "[1,2]", "\"text\"", "{\"reason\": 5}", "{\"reason\":\"x\",\"extra\":1}",
            "null", "{\"reason\":\"x\"} trailing"})
    void malformedOrUnexpectedJsonIs400(String body) {
        s = TestServer.builder().settings(x -> x.withAdminRateLimit(HttpSettings.RateLimit.perMinute(100))).build();
        HttpResponse<String> r = s.post("/admin/emergency-stop", body);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).path("error").asText()).isIn("malformed_json", "invalid_body");
        assertThat(s.engine.view().emergencyStop().engaged()).isFalse();
    }

    @Test
    void aBodyThatIsNotJsonIs415() {
        s = TestServer.start();
        HttpResponse<String> r = s.send(s.request("/admin/emergency-stop").header("Authorization", "Bearer " + TestServer.TOKEN)
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("reason=x")).build());
        assertThat(r.statusCode()).isEqualTo(415);
        assertThat(json(r).path("error").asText()).isEqualTo("unsupported_media_type");
    }

    @Test
    void postCycleRunsACycleAndReturnsItsReport() {
        s = TestServer.start().withFees();
        HttpResponse<String> r = s.postWithoutBody("/cycle");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode report = json(r);
        assertThat(report.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(report.path("steps")).hasSize(3);
        assertThat(report.path("stepsConfirmed").asInt()).isEqualTo(3);
        assertThat(s.engine.view().cycles().finished()).isEqualTo(1);
        assertThat(s.harness.journal.entriesOf(JournalEntry.AdminActionRecorded.class).get(0).outcome())
                .contains("COMPLETED");
    }

    @Test
    void aDryRunReturnsThePlanAndRecordsNothing() {
        s = TestServer.start().withFees();
        HttpResponse<String> r = s.postWithoutBody("/cycle?dryRun=true");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode plan = json(r);
        assertThat(plan.path("dryRun").asBoolean()).isTrue();
        assertThat(plan.path("steps")).hasSize(3);
        assertThat(plan.path("steps").get(0).path("outcome").asText()).isEqualTo("planned");
        assertThat(plan.path("reconciliation").path("status").asText()).isEqualTo("IN_SYNC");
        assertThat(s.harness.journal.entriesOf(JournalEntry.CyclePlanned.class)).isEmpty();
        assertThat(s.harness.chain.landed()).isEmpty();
    }

    @Test
    void aBadDryRunValueIs400() {
        s = TestServer.start();
        HttpResponse<String> r = s.postWithoutBody("/cycle?dryRun=maybe");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).path("message").asText()).contains("dryRun").contains("true or false");
    }

    @Test
    void aSecondCycleWhileOneRunsIs409() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        s = TestServer.builder().cycleExecutor(chain -> new HoldingExecutor(chain, entered, release)).build().withFees();
        CompletableFuture<HttpResponse<String>> first = s.http.sendAsync(s.request("/cycle")
                .header("Authorization", "Bearer " + TestServer.TOKEN).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
        HttpResponse<String> second = s.postWithoutBody("/cycle");
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(json(second).path("error").asText()).isEqualTo("cycle_running");
        assertThat(json(s.get("/cycle/status")).path("running").asBoolean()).isTrue();
        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    }

    @Test
    void theEmergencyStopRefusesCyclesUntilReleased() {
        s = TestServer.start().withFees();
        HttpResponse<String> stop = s.post("/admin/emergency-stop", "{\"reason\": \"investigating\"}");
        assertThat(stop.statusCode()).isEqualTo(200);
        assertThat(json(stop).path("emergencyStop").path("engaged").asBoolean()).isTrue();
        assertThat(json(stop).path("emergencyStop").path("actor").asText()).isEqualTo("admin@127.0.0.1");
        HttpResponse<String> refused = s.postWithoutBody("/cycle");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json(refused).path("error").asText()).isEqualTo("cycle_refused");
        assertThat(json(refused).path("message").asText()).contains("POST /admin/emergency-stop/release");
        HttpResponse<String> release = s.postWithoutBody("/admin/emergency-stop/release");
        assertThat(release.statusCode()).isEqualTo(200);
        assertThat(json(release).path("emergencyStop").path("engaged").asBoolean()).isFalse();
        assertThat(s.postWithoutBody("/cycle").statusCode()).isEqualTo(200);
    }

    @Test
    void theEmergencyStopSurvivesARestart() {
        s = TestServer.start();
        assertThat(s.post("/admin/emergency-stop", "{\"reason\": \"key rotation\"}").statusCode()).isEqualTo(200);
        s.engine.stop("restart");
        BurnEngine restarted = s.harness.start();
        assertThat(restarted.view().emergencyStop().engaged()).isTrue();
        assertThat(restarted.view().emergencyStop().reason()).isEqualTo("key rotation");
        restarted.stop("test finished");
    }

    @Test
    void retryAndDropActOnAnOpenDeadLetterEntry() {
        s = TestServer.start().withFees();
        s.harness.chain.script(A, FakeChain.Behaviour.FAIL_PERMANENT);
        s.harness.chain.script(B, FakeChain.Behaviour.FAIL_PERMANENT);
        s.engine.runCycle();
        HttpResponse<String> retry = s.postWithoutBody("/admin/dlq/" + A.mint() + "/retry");
        assertThat(retry.statusCode()).isEqualTo(200);
        HttpResponse<String> drop = s.postWithoutBody("/admin/dlq/" + B.mint() + "/drop");
        assertThat(drop.statusCode()).isEqualTo(200);
        assertThat(s.harness.journal.entriesOf(JournalEntry.DeadLetterRetried.class)).hasSize(1);
        assertThat(s.harness.journal.entriesOf(JournalEntry.DeadLetterDropped.class)).hasSize(1);
    }

    @Test
    void retryingATokenWithoutAnOpenEntryIs404() {
        s = TestServer.start();
        HttpResponse<String> r = s.postWithoutBody("/admin/dlq/" + A.mint() + "/retry");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(json(r).path("error").asText()).isEqualTo("no_dead_letter");
        assertThat(json(r).path("message").asText()).contains("GET /dlq");
    }

    @Test
    void reloadReadsNewTokensFromChain() {
        s = TestServer.start();
        s.harness.chain.withToken(TestData.secondary(3, "C"));
        HttpResponse<String> r = s.postWithoutBody("/admin/tokens/reload");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).path("changed").asInt()).isEqualTo(1);
        assertThat(json(r).path("tokens").asInt()).isEqualTo(4);
    }

    @Test
    void reloadWhileTheChainIsUnreachableIs503() {
        s = TestServer.start();
        s.harness.chain.setUnreachable(true);
        HttpResponse<String> r = s.postWithoutBody("/admin/tokens/reload");
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(json(r).path("error").asText()).isEqualTo("chain_unavailable");
    }

    @Test
    void bruteForceIsRateLimitedEvenForTheRightTokenAfterwards() {
        s = TestServer.builder().settings(x -> x.withAdminRateLimit(HttpSettings.RateLimit.perMinute(3))).build();
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> r = s.send(s.request("/admin/tokens/reload").header("Authorization", "Bearer guess-" + i)
                    .POST(HttpRequest.BodyPublishers.noBody()).build());
            assertThat(r.statusCode()).isEqualTo(401);
        }
        HttpResponse<String> limited = s.postWithoutBody("/admin/tokens/reload");
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isPositive());
        assertThat(json(limited).path("error").asText()).isEqualTo("rate_limited");
    }

    @Test
    void theRateLimitRefillsOverTime() {
        s = TestServer.builder().settings(x -> x.withAdminRateLimit(HttpSettings.RateLimit.perMinute(1))).build();
        assertThat(s.postWithoutBody("/admin/tokens/reload").statusCode()).isEqualTo(200);
        assertThat(s.postWithoutBody("/admin/tokens/reload").statusCode()).isEqualTo(429);
        s.harness.clock.advance(java.time.Duration.ofMinutes(1));
        assertThat(s.postWithoutBody("/admin/tokens/reload").statusCode()).isEqualTo(200);
    }

    private static void awaitJournal(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the journal entry did not appear within 10 s");
            }
            Thread.onSpinWait();
        }
    }

    /** Holds the first submitted transaction until released, so a cycle is observably running. */
    private static final class HoldingExecutor implements CycleExecutor {
        private final FakeChain chain;
        private final CountDownLatch entered;
        private final CountDownLatch release;

        HoldingExecutor(FakeChain chain, CountDownLatch entered, CountDownLatch release) {
            this.chain = chain;
            this.entered = entered;
            this.release = release;
        }

        @Override
        public Preparation prepare(CycleStep step) {
            return chain.prepare(step);
        }

        @Override
        public StepOutcome submit(PreparedTransaction transaction) {
            entered.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return chain.submit(transaction);
        }

        @Override
        public StepOutcome resolve(CycleStep step, PreparedTransaction transaction) {
            return chain.resolve(step, transaction);
        }
    }
}
