package dev.asdf.burnengine.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The daemon jar as an operator runs it, on the sandbox sped up 25×, and the CLI jar beside it on the same state
 * directory.
 */
@DisplayName("engine-daemon.jar end to end on the sandbox")
class DaemonEndToEndIT {
    private static final Duration READY = Duration.ofSeconds(60);
    private static final Pattern METRIC = Pattern.compile("\\b(burn_engine|jvm)_[a-z_]+");

    @TempDir
    Path dir;
    Path config;
    Path token;

    @BeforeEach
    void configure() throws IOException {
        token = dir.resolve("admin-token");
        Files.writeString(token, "e2e-admin-token-0123456789abcdef\n");
        Files.setPosixFilePermissions(token, PosixFilePermissions.fromString("rw-------"));
        config = writeConfig("engine.yaml", "300ms");
    }

    private Path writeConfig(String name, String confirmationDelay) throws IOException {
        return writeConfig(name, confirmationDelay, 4);
    }

    private Path writeConfig(String name, String confirmationDelay, int tradesPerSecond) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, """
                sandbox:
                  tradesPerSecond: %d
                  speed: 25
                  faultRate: 0
                  minCycleInterval: 1s
                  confirmationDelay: %s
                schedule:
                  threshold: 0.1 SOL
                  minInterval: 3s
                daemon:
                  cycleCheckInterval: 1s
                fees:
                  pollInterval: 500ms
                http:
                  port: 0
                  adminTokenFile: %s
                """.formatted(tradesPerSecond, confirmationDelay, token));
        return file;
    }

    private JarProcess daemon(String name) {
        return JarProcess.start("daemon.jar", dir, name, "--config", config.toString());
    }

    @Test
    @DisplayName("burns appear through the API, every dashboard series is exported, SIGTERM stops it with exit 0")
    void burnsThenStopsCleanly() throws IOException {
        try (JarProcess daemon = daemon("daemon")) {
            String base = daemon.awaitReady(READY);

            JsonNode burns = JarProcess.awaitJson(base + "/burns", b -> b.path("totalBurns").asInt() > 0,
                    Duration.ofSeconds(90), "a burn");
            assertThat(burns.path("recentBurns").get(0).path("tokensBurned").asText()).isNotEqualTo("0");
            assertThat(JarProcess.get(base + "/health").status()).isEqualTo(200);
            assertThat(JarProcess.post(base + "/admin/emergency-stop", token, "{\"reason\":\"end-to-end test\"}")
                    .body().path("emergencyStop").path("engaged").asBoolean()).isTrue();
            assertThat(JarProcess.post(base + "/admin/emergency-stop/release", token, "{}")
                    .body().path("emergencyStop").path("engaged").asBoolean()).isFalse();
            String metrics = JarProcess.getText(base + "/metrics");
            assertThat(dashboardSeries()).allSatisfy(series -> assertThat(metrics)
                    .as("the Grafana dashboard's series %s is exported", series).contains("\n" + series));

            assertThat(daemon.terminate(Duration.ofSeconds(45))).as(daemon.log()).isZero();
            assertThat(daemon.log()).contains("stopped cleanly");
        }
    }

    /** Every metric the shipped Grafana dashboard queries. */
    private static Set<String> dashboardSeries() throws IOException {
        JsonNode dashboard = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                Path.of("..", "ops", "grafana", "burn-engine-dashboard.json").toFile());
        Set<String> series = new java.util.TreeSet<>();
        Matcher m = METRIC.matcher("");
        for (JsonNode panel : dashboard.path("panels")) {
            for (JsonNode target : panel.path("targets")) {
                m.reset(target.path("expr").asText());
                while (m.find()) {
                    series.add(m.group());
                }
            }
        }
        assertThat(series).hasSizeGreaterThan(15);
        return series;
    }

    @Test
    @DisplayName("SIGTERM in the middle of a cycle, then a restart: the ledger matches the chain exactly, nothing twice")
    void sigtermMidCycleThenRestartLosesNothing() throws IOException {
        config = writeConfig("slow.yaml", "1500ms");
        try (JarProcess first = daemon("first")) {
            String base = first.awaitReady(READY);
            JarProcess.awaitJson(base + "/cycle/status", s -> s.path("running").asBoolean(), Duration.ofSeconds(90),
                    "a running cycle");

            assertThat(first.terminate(Duration.ofSeconds(45))).as(first.log()).isZero();
            assertThat(first.log()).contains("stopped cleanly");
        }
        config = writeConfig("quiet.yaml", "300ms", 0);
        try (JarProcess second = daemon("second")) {
            String base = second.awaitReady(READY);

            JsonNode sync = JarProcess.awaitJson(base + "/health/sync", s -> s.path("comparable").asBoolean(),
                    Duration.ofSeconds(60), "the fee source to catch up with the chain");
            assertThat(sync.path("inSync").asBoolean()).as(sync.toString()).isTrue();
            assertThat(sync.path("reconciliation").path("discrepancyLamports").asLong()).isBetween(-10_000L, 10_000L);
            JsonNode burns = JarProcess.get(base + "/burns?limit=100").body();
            assertThat(burns.path("totalBurns").asInt()).isPositive();
            Set<String> signatures = new HashSet<>();
            burns.path("recentBurns").forEach(b -> assertThat(signatures.add(b.path("txSignature").asText()))
                    .as("burn signature %s appears once", b.path("txSignature").asText()).isTrue());

            assertThat(second.terminate(Duration.ofSeconds(45))).isZero();
        }
        JarProcess.Result verify = JarProcess.run(dir, "verify", "journal", "verify", "--state-dir",
                dir.resolve("burn-engine-state").toString());
        assertThat(verify.exit()).as(verify.output()).isZero();
        assertThat(verify.output()).contains("journal intact");
    }

    @Test
    @DisplayName("while the daemon runs, the CLI reports its lock, reads its state and reaches it with --via")
    void cliBesideTheDaemon() {
        try (JarProcess daemon = daemon("daemon")) {
            String base = daemon.awaitReady(READY);
            String pid = Long.toString(daemon.process.pid());

            JarProcess.Result cycle = JarProcess.run(dir, "cli-cycle", "cycle", "--force", "--config", config.toString());
            JarProcess.Result status = JarProcess.run(dir, "cli-status", "status", "--config", config.toString());
            JarProcess.Result plan = JarProcess.run(dir, "cli-plan", "plan", "--via", base, "--admin-token-file",
                    token.toString());
            JarProcess.Result health = JarProcess.run(dir, "cli-health", "health", "--via", base);
            JarProcess secondDaemon = daemon("second-daemon");
            int secondExit = secondDaemon.awaitExit(Duration.ofSeconds(60));

            assertThat(cycle.exit()).as(cycle.output()).isEqualTo(3);
            assertThat(cycle.output()).contains("held by pid " + pid).contains("--via");
            assertThat(status.exit()).as(status.output()).isZero();
            assertThat(status.output()).contains("held by pid " + pid);
            assertThat(plan.exit()).as(plan.output()).isIn(0, 2);
            assertThat(plan.output()).contains("dry run, nothing sent");
            assertThat(health.exit()).as(health.output()).isZero();
            assertThat(secondExit).as(secondDaemon.log()).isEqualTo(3);
            assertThat(secondDaemon.log()).contains("held by pid " + pid);
        }
    }

    @Test
    @DisplayName("a configuration error exits 4 before anything starts, naming the key")
    void badConfigurationExitsFour() throws IOException {
        Files.writeString(config, Files.readString(config) + "shedule:\n  threshold: 1 SOL\n");

        try (JarProcess daemon = daemon("daemon")) {
            assertThat(daemon.awaitExit(Duration.ofSeconds(60))).as(daemon.log()).isEqualTo(4);
            assertThat(daemon.log()).contains("unknown key 'shedule.threshold'").contains("did you mean 'schedule");
        }
    }
}
