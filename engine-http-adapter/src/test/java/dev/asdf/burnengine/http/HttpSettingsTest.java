package dev.asdf.burnengine.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HttpSettingsTest {

    @Test
    void theDefaultsAreTheSafeOnes() {
        HttpSettings d = HttpSettings.defaults();
        assertThat(d.host()).isEqualTo("127.0.0.1");
        assertThat(d.port()).isEqualTo(3030);
        assertThat(d.admin()).isEqualTo(HttpSettings.AdminAccess.disabled());
        assertThat(d.corsAllowedOrigins()).isEmpty();
        assertThat(d.bodyLimitBytes()).isEqualTo(64 * 1024);
        assertThat(d.adminRateLimit()).isEqualTo(new HttpSettings.RateLimit(30, Duration.ofMinutes(1)));
        assertThat(d.dashboardEnabled()).isTrue();
    }

    @Test
    void aBadPortNamesTheKeyTheValueAndTheFix() {
        assertThatThrownBy(() -> HttpSettings.defaults().withPort(70_000))
                .hasMessageContaining("http.port").hasMessageContaining("70000").hasMessageContaining("0 for any free port");
    }

    @Test
    void anEmptyHostIsRefused() {
        assertThatThrownBy(() -> HttpSettings.defaults().withHost(" ")).hasMessageContaining("http.host");
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "null", "https://ops.example.org/path", "ftp://ops.example.org", "ops.example.org",
            "https://user@ops.example.org"})
    void corsOriginsMustBeExactOrigins(String origin) {
        assertThatThrownBy(() -> HttpSettings.defaults().withCorsAllowedOrigins(List.of(origin)))
                .hasMessageContaining("http.corsAllowedOrigins").hasMessageContaining(origin);
    }

    @Test
    void anOriginWithAPortIsAccepted() {
        assertThat(HttpSettings.defaults().withCorsAllowedOrigins(List.of("http://localhost:5173")).corsAllowedOrigins())
                .containsExactly("http://localhost:5173");
    }

    @Test
    void theBodyLimitIsBounded() {
        assertThatThrownBy(() -> HttpSettings.defaults().withBodyLimitBytes(100))
                .hasMessageContaining("http.bodyLimitBytes").hasMessageContaining("100");
    }

    @Test
    void aRateLimitNeedsAPositiveCountAndPeriod() {
        assertThatThrownBy(() -> new HttpSettings.RateLimit(0, Duration.ofMinutes(1)))
                .hasMessageContaining("http.adminRateLimit.requests");
        assertThatThrownBy(() -> new HttpSettings.RateLimit(5, Duration.ZERO))
                .hasMessageContaining("http.adminRateLimit.per");
    }

    @Test
    void theWebSocketQueueBoundMustBePositive() {
        assertThatThrownBy(() -> HttpSettings.defaults().withWebSocketQueueBound(0))
                .hasMessageContaining("http.webSocketQueueBound");
    }

    @Test
    void explorerClustersParseByTheirWireName() {
        assertThat(HttpSettings.ExplorerCluster.parse("devnet")).isEqualTo(HttpSettings.ExplorerCluster.DEVNET);
        assertThat(HttpSettings.ExplorerCluster.parse("mainnet-beta")).isEqualTo(HttpSettings.ExplorerCluster.MAINNET_BETA);
        assertThatThrownBy(() -> HttpSettings.ExplorerCluster.parse("mainnet"))
                .hasMessageContaining("http.explorerCluster").hasMessageContaining("'mainnet'")
                .hasMessageContaining("mainnet-beta, devnet, testnet or none");
    }
}
