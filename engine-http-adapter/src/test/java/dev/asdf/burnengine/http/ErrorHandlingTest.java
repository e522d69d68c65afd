package dev.asdf.burnengine.http;

import static dev.asdf.burnengine.http.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ErrorHandlingTest {
    private static TestServer s;

    @BeforeAll
    static void start() {
        s = TestServer.builder().settings(x -> x.withAdminRateLimit(HttpSettings.RateLimit.perMinute(1000))).build();
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    @Test
    void anUnknownPathIs404InJson() {
        HttpResponse<String> r = s.get("/no/such/thing");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(json(r).path("error").asText()).isEqualTo("not_found");
        assertThat(json(r).path("message").asText()).contains("/no/such/thing").contains("/api/openapi.json");
    }

    @Test
    void theWrongMethodIs405WithTheAllowedOne() {
        HttpResponse<String> r = s.send(s.request("/fees").DELETE().build());
        assertThat(r.statusCode()).isEqualTo(405);
        assertThat(r.headers().firstValue("Allow")).hasValue("GET");
        assertThat(json(r).path("error").asText()).isEqualTo("method_not_allowed");
        assertThat(json(r).path("message").asText()).contains("/fees answers GET only, not DELETE");
    }

    @Test
    void getOnAnAdminEndpointIs405() {
        HttpResponse<String> r = s.get("/admin/emergency-stop");
        assertThat(r.statusCode()).isEqualTo(405);
        assertThat(r.headers().firstValue("Allow")).hasValue("POST");
    }

    @Test
    void aBodyOverTheLimitIs413() {
        String big = "{\"reason\": \"" + "x".repeat(HttpSettings.DEFAULT_BODY_LIMIT + 10) + "\"}";
        HttpResponse<String> r = s.post("/admin/emergency-stop", big);
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(json(r).path("error").asText()).isEqualTo("body_too_large");
        assertThat(s.engine.view().emergencyStop().engaged()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "0", "101", "abc", "1e3", "99999999999999999999", ""})
    void badPagingValuesAre400NamingTheParameter(String limit) {
        HttpResponse<String> r = s.get("/burns?limit=" + limit);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).path("error").asText()).isEqualTo("invalid_parameter");
        assertThat(json(r).path("message").asText()).contains("'limit'").contains("1 to 100");
    }

    @Test
    void aNegativeOffsetIs400() {
        HttpResponse<String> r = s.get("/burns?offset=-5");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).path("message").asText()).contains("'offset'");
    }

    @Test
    void aRepeatedPagingParameterIs400() {
        HttpResponse<String> r = s.get("/burns?limit=1&limit=2");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).path("message").asText()).contains("given 2 times");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/assets/../pom.xml", "/assets/..%2F..%2Fpom.xml", "/assets/%2e%2e/%2e%2e/etc/passwd",
            "/../../../../etc/passwd", "/assets/....//....//etc/passwd", "/assets/%252e%252e%252fetc%252fpasswd",
            "/assets/..%5c..%5cwindows%5cwin.ini", "/assets/index.html", "/assets/%00", "/dev/asdf/burnengine/http/dashboard/index.html",
            "/assets/dashboard.js/../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd"})
    void pathTraversalNeverReachesAFile(String path) throws IOException {
        String response = raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        int status = Integer.parseInt(response.substring(9, 12));
        assertThat(status).as(path).isIn(400, 404);
        assertThat(response).doesNotContain("root:x:").doesNotContain("<project").doesNotContain("<!doctype html>");
    }

    @Test
    void malformedPercentEncodingIs400() throws IOException {
        String response = raw("GET /tokens/%zz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertThat(response).startsWith("HTTP/1.1 400");
    }

    @Test
    void errorsNeverCarryAStackTrace() {
        for (HttpResponse<String> r : List.of(s.get("/tokens/xyz"), s.get("/nope"), s.get("/burns?limit=x"),
                s.post("/admin/emergency-stop", "{bad"), s.send(s.request("/ws").GET().build()))) {
            assertThat(r.statusCode()).isBetween(400, 499);
            assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain(".java:");
        }
    }

    @Test
    void aPlainGetOnTheFeedIs426() {
        HttpResponse<String> r = s.send(s.request("/ws").GET().build());
        assertThat(r.statusCode()).isEqualTo(426);
        assertThat(json(r).path("error").asText()).isEqualTo("websocket_required");
    }

    @Test
    void unknownHttpMethodsAreRefusedWith4xx() {
        HttpResponse<String> r = s.send(s.request("/health").method("BREW", HttpRequest.BodyPublishers.noBody()).build());
        assertThat(r.statusCode()).isBetween(400, 499);
    }

    private static String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", s.server.actualPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
