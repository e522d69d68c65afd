package dev.asdf.burnengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --via} against a stand-in for the daemon's API on 127.0.0.1 that answers what the real one documents
 * (docs/api.md), to pin how each answer maps to an exit code. The daemon end-to-end test runs the real one.
 */
@DisplayName("engine-cli --via: the daemon's answers become the documented exit codes")
class ViaDaemonTest {
    @TempDir
    Path dir;
    HttpServer daemon;
    final List<String> authorizations = new CopyOnWriteArrayList<>();
    volatile int status = 200;
    volatile String body = "{}";

    @BeforeEach
    void start() throws IOException {
        daemon = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        daemon.createContext("/", exchange -> {
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            authorizations.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " " + auth);
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        daemon.start();
    }

    @AfterEach
    void stop() {
        daemon.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + daemon.getAddress().getPort();
    }

    private Path token() throws IOException {
        Path file = dir.resolve("admin-token");
        Files.writeString(file, "s3cret-token\n");
        return file;
    }

    @Test
    @DisplayName("a completed cycle exits 0 and the token goes in the Authorization header, trimmed")
    void completedCycle() throws IOException {
        body = "{\"cycleId\":\"c-1\",\"status\":\"COMPLETED\",\"message\":\"1 of 1 steps confirmed\",\"steps\":[]}";

        CliRun run = CliRun.of("cycle", "--via", url(), "--admin-token-file", token().toString());

        assertThat(run.exit).as(run.toString()).isZero();
        assertThat(run.out).contains("cycle c-1 COMPLETED: 1 of 1 steps confirmed");
        assertThat(authorizations).containsExactly("POST /cycle Bearer s3cret-token");
        assertThat(run.out + run.err).doesNotContain("s3cret");
    }

    @Test
    @DisplayName("a partial cycle exits 6")
    void partialCycle() throws IOException {
        body = "{\"cycleId\":\"c-2\",\"status\":\"PARTIAL\",\"message\":\"1 of 2 steps confirmed\",\"steps\":[]}";

        assertThat(CliRun.of("cycle", "--via", url(), "--admin-token-file", token().toString()).exit).isEqualTo(6);
    }

    @Test
    @DisplayName("a dry run asks with dryRun=true and exits 2 when the plan has no step")
    void dryRunThroughDaemon() throws IOException {
        body = "{\"dryRun\":true,\"cycleId\":\"c-3\",\"summary\":\"nothing\",\"steps\":[],\"decisions\":[]}";

        CliRun run = CliRun.of("cycle", "--dry-run", "--via", url(), "--admin-token-file", token().toString());

        assertThat(run.exit).as(run.toString()).isEqualTo(2);
        assertThat(authorizations.get(0)).startsWith("POST /cycle?dryRun=true ");
    }

    @Test
    @DisplayName("a cycle already running in the daemon exits 3")
    void cycleRunning() throws IOException {
        status = 409;
        body = "{\"error\":\"cycle_running\",\"message\":\"a cycle is running\"}";

        CliRun run = CliRun.of("cycle", "--via", url(), "--admin-token-file", token().toString());

        assertThat(run.exit).isEqualTo(3);
        assertThat(run.err).contains("cycle_running").contains("wait for it to finish");
    }

    @Test
    @DisplayName("a wrong token exits 4 and says which file to pass")
    void wrongToken() throws IOException {
        status = 401;
        body = "{\"error\":\"unauthorized\",\"message\":\"missing or wrong bearer token\"}";

        CliRun run = CliRun.of("cycle", "--via", url(), "--admin-token-file", token().toString());

        assertThat(run.exit).isEqualTo(4);
        assertThat(run.err).contains("http.adminTokenFile");
    }

    @Test
    @DisplayName("an admin call without any token exits 4 before sending anything")
    void noToken() {
        CliRun run = CliRun.of("cycle", "--via", url());

        assertThat(run.exit).isEqualTo(4);
        assertThat(run.err).contains("--admin-token-file");
        assertThat(authorizations).isEmpty();
    }

    @Test
    @DisplayName("a daemon that does not answer exits 5")
    void daemonDown() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }

        CliRun run = CliRun.of("cycle", "--via", "http://127.0.0.1:" + closed, "--admin-token-file", token().toString());

        assertThat(run.exit).isEqualTo(5);
        assertThat(run.err).contains("is not answering");
    }

    @Test
    @DisplayName("a --via that is not an http URL exits 4")
    void badUrl() {
        CliRun run = CliRun.of("status", "--via", "127.0.0.1:3030");

        assertThat(run.exit).isEqualTo(4);
        assertThat(run.err).contains("'--via'").contains("'127.0.0.1:3030'");
    }

    @Test
    @DisplayName("health exits 0 on 200 and 1 on 503, reading /health without a token")
    void health() {
        body = "{\"status\":\"healthy\",\"problems\":[]}";
        assertThat(CliRun.of("health", "--via", url()).exit).isZero();

        status = 503;
        body = "{\"status\":\"unhealthy\",\"problems\":[\"rpc:primary is DOWN\"]}";
        CliRun unhealthy = CliRun.of("health", "--via", url());

        assertThat(unhealthy.exit).isEqualTo(1);
        assertThat(unhealthy.out).contains("unhealthy").contains("rpc:primary is DOWN");
        assertThat(authorizations).allMatch(a -> a.startsWith("GET /health null"));
    }

    @Test
    @DisplayName("tokens --via reads the daemon's /tokens")
    void tokensThroughDaemon() {
        body = "{\"count\":1,\"tokens\":[{\"mint\":\"M1\",\"symbol\":\"ROOT\",\"role\":\"ROOT\",\"market\":\"AMM\","
                + "\"status\":\"ACTIVE\",\"statusReason\":\"\",\"pendingFeesLamports\":1500000000,\"totalBurnedTokens\":\"7\"}]}";

        CliRun run = CliRun.of("tokens", "--via", url());

        assertThat(run.exit).as(run.toString()).isZero();
        assertThat(run.out).contains("root      ROOT").contains("1.500000000").contains("1 token(s)");
    }

    @Test
    @DisplayName("a token symbol cannot inject terminal escape sequences")
    void symbolsAreSanitised() {
        body = "{\"count\":1,\"tokens\":[{\"mint\":\"M1\",\"symbol\":\"EVIL\\u001b[2J\",\"role\":\"ROOT\",\"market\":\"AMM\","
                + "\"status\":\"ACTIVE\",\"statusReason\":\"\",\"pendingFeesLamports\":0,\"totalBurnedTokens\":\"0\"}]}";

        CliRun run = CliRun.of("tokens", "--via", url());

        assertThat(run.out).contains("EVIL?[2J").doesNotContain("\u001b");
    }
}
