package dev.asdf.burnengine.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.InetAddress;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerLifecycleTest {

    @Test
    void portZeroBindsAFreeLoopbackPortAndStopReleasesIt() throws IOException {
        TestServer s = TestServer.start();
        int port = s.server.actualPort();
        assertThat(port).isPositive();
        assertThat(s.get("/health").statusCode()).isEqualTo(200);
        s.close();
        assertThat(s.server.actualPort()).isEqualTo(-1);
        try (ServerSocket reuse = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertThat(reuse.getLocalPort()).isEqualTo(port);
        }
    }

    @Test
    void twoEventLoopsServeTheSamePort() {
        try (TestServer s = TestServer.builder().settings(x -> x.withEventLoops(2)).build()) {
            for (int i = 0; i < 10; i++) {
                assertThat(s.get("/health").statusCode()).isEqualTo(200);
            }
        }
    }

    @Test
    void aTakenPortIsReportedWithTheFix() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> TestServer.builder().settings(x -> x.withPort(taken.getLocalPort())).build())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("127.0.0.1:" + taken.getLocalPort())
                    .hasMessageContaining("http.port");
        }
    }

    @Test
    void aMissingAdminTokenFileStopsTheStartWithTheFix(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-token");
        assertThatThrownBy(() -> TestServer.builder().adminDisabled()
                .settings(x -> x.withAdmin(HttpSettings.AdminAccess.tokenFile(missing))).build())
                .hasMessageContaining("http.adminTokenFile").hasMessageContaining(missing.toString())
                .hasMessageContaining("openssl rand");
    }

    @Test
    void theDashboardCanBeTurnedOff() {
        try (TestServer s = TestServer.builder().settings(x -> x.withDashboardEnabled(false)).build()) {
            assertThat(s.get("/").statusCode()).isEqualTo(404);
            assertThat(s.get("/health").statusCode()).isEqualTo(200);
        }
    }
}
