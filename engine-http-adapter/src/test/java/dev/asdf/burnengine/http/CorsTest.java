package dev.asdf.burnengine.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CorsTest {
    static final String OPS = "https://ops.example.org";
    private TestServer s;

    @AfterEach
    void stop() {
        if (s != null) {
            s.close();
        }
    }

    @Test
    void corsIsOffByDefault() {
        s = TestServer.start();
        HttpResponse<String> r = s.send(s.request("/fees").header("Origin", OPS).GET().build());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void aPreflightIsRefusedWhileCorsIsOff() {
        s = TestServer.start();
        HttpResponse<String> r = s.send(preflight(OPS));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(TestServer.json(r).path("message").asText()).contains("http.corsAllowedOrigins");
    }

    @Test
    void anAllowedOriginGetsExactlyItselfBack() {
        s = TestServer.builder().settings(x -> x.withCorsAllowedOrigins(List.of(OPS))).build();
        HttpResponse<String> r = s.send(s.request("/fees").header("Origin", OPS).GET().build());
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).hasValue(OPS);
        assertThat(r.headers().firstValue("Vary")).hasValue("Origin");
    }

    @Test
    void anAllowedOriginsPreflightIs204WithTheAdminHeaders() {
        s = TestServer.builder().settings(x -> x.withCorsAllowedOrigins(List.of(OPS))).build();
        HttpResponse<String> r = s.send(preflight(OPS));
        assertThat(r.statusCode()).isEqualTo(204);
        assertThat(r.headers().firstValue("Access-Control-Allow-Methods")).hasValue("GET, POST");
        assertThat(r.headers().firstValue("Access-Control-Allow-Headers")).hasValue("Authorization, Content-Type");
    }

    @Test
    void anotherOriginGetsNoCorsHeaderAndItsPreflightIs403() {
        s = TestServer.builder().settings(x -> x.withCorsAllowedOrigins(List.of(OPS))).build();
        HttpResponse<String> r = s.send(s.request("/fees").header("Origin", "https://evil.example").GET().build());
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(s.send(preflight("https://evil.example")).statusCode()).isEqualTo(403);
    }

    @Test
    void aWildcardOriginIsRejectedAtConfiguration() {
        assertThatThrownBy(() -> HttpSettings.defaults().withCorsAllowedOrigins(List.of("*")))
                .hasMessageContaining("http.corsAllowedOrigins").hasMessageContaining("'*'");
    }

    private HttpRequest preflight(String origin) {
        return s.request("/admin/emergency-stop").header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build();
    }
}
