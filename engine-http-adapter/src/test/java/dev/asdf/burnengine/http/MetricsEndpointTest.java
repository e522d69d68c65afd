package dev.asdf.burnengine.http;

import static dev.asdf.burnengine.http.TestServer.A;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Timer;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MetricsEndpointTest {
    private TestServer s;

    @AfterEach
    void stop() {
        if (s != null) {
            s.close();
        }
    }

    @Test
    void metricsAreServedInThePrometheusTextFormat() {
        s = TestServer.start();
        HttpResponse<String> r = s.get("/metrics");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
        assertThat(r.body()).contains("# TYPE burn_engine_uptime_seconds gauge");
    }

    @Test
    void perTokenMetersFollowTheLedgerAndTheCycles() {
        s = TestServer.start().withCompletedCycle();
        String body = s.get("/metrics").body();
        String mint = "mint=\"" + A.mint() + "\"";
        assertThat(body).contains("burn_engine_token_fees_credited_lamports_total{" + mint + "} 4.0E8");
        assertThat(body).contains("burn_engine_token_pending_lamports{" + mint + "} 0.0");
        assertThat(body).contains("burn_engine_token_cycles_total{" + mint + "} 1.0");
        assertThat(body).contains("burn_engine_token_errors_total{" + mint + "} 0.0");
        assertThat(body).contains("burn_engine_token_consecutive_failures{" + mint + "} 0.0");
        assertThat(body).containsPattern("burn_engine_token_spent_lamports_total\\{" + mint + "} [1-9]");
        assertThat(body).containsPattern("burn_engine_token_burned_base_units_total\\{" + mint + "} [1-9]");
        assertThat(body).contains("burn_engine_token_metadata{market=\"bonding_curve\"," + mint
                + ",role=\"secondary\",status=\"active\",symbol=\"A\"} 1.0");
    }

    @Test
    void cyclesAreCountedByOutcomeAndStepsByResult() {
        s = TestServer.start().withCompletedCycle();
        String body = s.get("/metrics").body();
        assertThat(body).contains("burn_engine_cycles_total{status=\"completed\"} 1.0");
        assertThat(body).contains("burn_engine_cycles_total{status=\"failed\"} 0.0");
        assertThat(body).contains("burn_engine_steps_total{outcome=\"confirmed\"} 3.0");
        assertThat(body).contains("burn_engine_cycle_duration_seconds_count{status=\"completed\"} 1");
        assertThat(body).contains("burn_engine_fee_polls_total{outcome=\"ok\"} 1.0");
        assertThat(body).contains("burn_engine_tokens{status=\"deferred\"}");
        assertThat(body).contains("burn_engine_emergency_stop 0.0");
    }

    @Test
    void metersOfOtherAdaptersInTheSharedRegistryAreServedToo() {
        s = TestServer.start();
        Timer.builder("burn_engine_rpc_latency").tag("endpoint", "primary").register(s.registry)
                .record(Duration.ofMillis(12));
        assertThat(s.get("/metrics").body()).contains("burn_engine_rpc_latency_seconds_count{endpoint=\"primary\"} 1");
    }

    @Test
    void adminCallsAreCountedByOutcome() {
        s = TestServer.start();
        s.send(s.request("/admin/tokens/reload").POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build());
        assertThat(s.get("/metrics").body())
                .contains("burn_engine_admin_requests_total{action=\"tokens-reload\",outcome=\"unauthorized\"} 1.0");
    }
}
