package dev.asdf.burnengine.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asdf.burnengine.http.web.SecurityHeaders;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecurityHeadersTest {
    private static TestServer s;

    @BeforeAll
    static void start() {
        s = TestServer.start();
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/admin", "/assets/dashboard.js", "/health", "/nope", "/tokens/bad"})
    void everyResponseCarriesAStrictContentSecurityPolicy(String path) {
        HttpResponse<String> r = s.get(path);
        assertThat(r.headers().firstValue("Content-Security-Policy")).hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(r.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    }

    @ParameterizedTest
    @ValueSource(strings = {"default-src 'none'", "script-src 'self'", "connect-src 'self'", "frame-ancestors 'none'",
            "require-trusted-types-for 'script'"})
    void thePolicyAllowsOnlyThisServer(String directive) {
        assertThat(SecurityHeaders.CONTENT_SECURITY_POLICY).contains(directive).doesNotContain("unsafe").doesNotContain("*");
    }
}
