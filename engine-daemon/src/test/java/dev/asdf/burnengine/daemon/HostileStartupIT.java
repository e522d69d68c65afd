package dev.asdf.burnengine.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asdf.burnengine.core.chain.Base58;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile files met at start-up, through the real daemon jar: a keypair others can read, a damaged newest snapshot, a
 * journal cut in the middle of its last line; and a whole run whose logs and API answers must never contain a secret.
 */
@DisplayName("engine-daemon.jar start-up with hostile files, and secrets never leaking")
class HostileStartupIT {
    private static final Duration READY = Duration.ofSeconds(60);
    private static final String ADMIN_TOKEN = "hostile-admin-token-5f3c9a1e7b2d4f60";
    /** Every read route of docs/api.md, so the secret search covers each answer the daemon gives. */
    private static final List<String> READ_ROUTES = List.of("/health", "/ready", "/health/sync", "/fees", "/tokens",
            "/burns?limit=100", "/treasury", "/cycle/status", "/cycles?limit=50", "/dlq", "/metrics",
            "/api/openapi.json", "/", "/admin");

    @TempDir
    Path dir;
    Path token;

    @BeforeEach
    void adminToken() throws IOException {
        token = dir.resolve("admin-token");
        Files.writeString(token, ADMIN_TOKEN + "\n");
        Files.setPosixFilePermissions(token, PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    @DisplayName("a keypair file others can read stops the start with exit 4, naming the file and the chmod that fixes it")
    void keypairReadableByOthersIsRefused() throws IOException {
        Path keypair = writeKeypair("rw-r--r--");
        Path config = localnetConfig(keypair, false);

        try (JarProcess daemon = JarProcess.start("daemon.jar", dir, "open-key", "--config", config.toString())) {
            assertThat(daemon.awaitExit(Duration.ofSeconds(60))).as(daemon.log()).isEqualTo(4);
            assertThat(daemon.log()).contains(keypair.toString()).contains("600");
        }
    }

    @Test
    @DisplayName("the same keypair passes the key check when keypair.allowInsecurePermissions is set (the chain is next)")
    void keypairReadableByOthersIsAcceptedWhenExplicitlyAllowed() throws IOException {
        Path keypair = writeKeypair("rw-r--r--");
        Path config = localnetConfig(keypair, true);

        try (JarProcess daemon = JarProcess.start("daemon.jar", dir, "allowed-key", "--config", config.toString())) {
            assertThat(daemon.awaitExit(Duration.ofSeconds(90))).as(daemon.log()).isEqualTo(5);
            assertThat(daemon.log()).doesNotContain("config key 'keypair.file'");
        }
    }

    @Test
    @DisplayName("a damaged newest snapshot: the daemon starts from the older one, says so, and its journal verifies")
    void damagedNewestSnapshotFallsBackToTheOlderOne() throws IOException {
        Path config = sandboxConfig(0);
        Path state = dir.resolve("state");
        runUntilSnapshots(state, 2);
        Path newest = snapshots(state).get(0);
        byte[] bytes = Files.readAllBytes(newest);
        bytes[bytes.length / 2] ^= 0x55;
        Files.write(newest, bytes);

        try (JarProcess daemon = start(config, state, "after-snapshot-damage")) {
            daemon.awaitReady(READY);
            assertThat(daemon.log()).contains("using the older snapshot");
            assertThat(daemon.terminate(Duration.ofSeconds(45))).as(daemon.log()).isZero();
        }
        JarProcess.Result verify = journalVerify(config, state);
        assertThat(verify.exit()).as(verify.output()).isZero();
    }

    @Test
    @DisplayName("a journal cut in the middle of its last line: the daemon repairs the tail, records it, and starts")
    void truncatedJournalIsRepairedAtStart() throws IOException {
        Path config = sandboxConfig(0);
        Path state = dir.resolve("state");
        runUntilSnapshots(state, 1);
        Path last;
        try (Stream<Path> files = Files.list(state.resolve("journal"))) {
            last = files.filter(f -> f.getFileName().toString().endsWith(".jsonl")).sorted().reduce((a, b) -> b).orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(last);
        int lastLineStart = lastIndexOf(bytes, (byte) '\n', bytes.length - 2) + 1;
        Files.write(last, Arrays.copyOf(bytes, lastLineStart + (bytes.length - lastLineStart) / 2));

        try (JarProcess daemon = start(config, state, "after-truncation")) {
            daemon.awaitReady(READY);
            assertThat(daemon.log()).contains("journal repaired");
            assertThat(daemon.terminate(Duration.ofSeconds(45))).as(daemon.log()).isZero();
        }
        JarProcess.Result verify = journalVerify(config, state);
        assertThat(verify.exit()).as(verify.output()).isZero();
        assertThat(journalText(state)).contains("\"type\":\"JournalRepaired\"");
    }

    @Test
    @DisplayName("a full run with burns: no log line and no API answer holds the signing key or the admin token")
    void noSecretInAnyLogLineOrApiAnswer() throws Exception {
        Path config = sandboxConfig(4);
        List<String> secrets = sandboxKeyForms(42);
        secrets.add(ADMIN_TOKEN);
        StringBuilder seen = new StringBuilder();
        try (JarProcess daemon = start(config, dir.resolve("state"), "secrets")) {
            String base = daemon.awaitReady(READY);
            JarProcess.awaitJson(base + "/burns", b -> b.path("totalBurns").asInt() > 0, Duration.ofSeconds(90), "a burn");
            for (String route : READ_ROUTES) {
                seen.append(JarProcess.getText(base + route)).append('\n');
            }
            seen.append(JarProcess.post(base + "/cycle?dryRun=true", token, "{}").body()).append('\n');
            seen.append(JarProcess.post(base + "/admin/emergency-stop", token, "{\"reason\":\"secrets test\"}").body());
            seen.append(JarProcess.post(base + "/admin/emergency-stop/release", token, "{}").body());
            assertThat(daemon.terminate(Duration.ofSeconds(45))).as(daemon.log()).isZero();
            seen.append(daemon.log());
        }
        seen.append(journalText(dir.resolve("state")));

        assertThat(seen.length()).as("the search covers a real run").isGreaterThan(10_000);
        assertThat(seen.toString()).as("the run burned, so the key was used").contains("\"totalBurns\"");
        for (String secret : secrets) {
            assertThat(seen.toString()).as("a secret form (%d characters) appears", secret.length()).doesNotContain(secret);
        }
    }

    /** The sandbox's signing key in every text form a leak could take: base58, JSON arrays, hex. */
    private static List<String> sandboxKeyForms(long seed) throws NoSuchAlgorithmException {
        byte[] privateSeed = MessageDigest.getInstance("SHA-256")
                .digest(("sandbox-admin:" + seed).getBytes(StandardCharsets.UTF_8));
        byte[] secret = TestKeys.secretKey(privateSeed);
        List<String> forms = new ArrayList<>();
        forms.add(Base58.encode(secret));
        forms.add(Base58.encode(privateSeed));
        forms.add(HexFormat.of().formatHex(privateSeed));
        forms.add(TestKeys.json(secret, ","));
        forms.add(TestKeys.json(secret, ", "));
        forms.add(TestKeys.json(Arrays.copyOf(secret, 32), ",").replace("]", ""));
        return forms;
    }

    private Path writeKeypair(String mode) throws IOException {
        Path file = dir.resolve("payer.json");
        Files.writeString(file, TestKeys.json(TestKeys.randomSecretKey(), ","));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
        return file;
    }

    private Path localnetConfig(Path keypair, boolean allowInsecure) throws IOException {
        Path file = dir.resolve("localnet.yaml");
        Files.writeString(file, """
                cluster: localnet
                keypair:
                  file: %s
                  allowInsecurePermissions: %s
                rpc:
                  endpoints: [http://127.0.0.1:9]
                http:
                  port: 0
                stateDir: %s
                """.formatted(keypair, allowInsecure, dir.resolve("localnet-state")));
        return file;
    }

    private Path sandboxConfig(int tradesPerSecond) throws IOException {
        Path file = dir.resolve("sandbox-" + tradesPerSecond + ".yaml");
        Files.writeString(file, """
                sandbox:
                  tradesPerSecond: %d
                  speed: 25
                  faultRate: 0
                  minCycleInterval: 1s
                  confirmationDelay: 300ms
                schedule:
                  threshold: 0.1 SOL
                  minInterval: 3s
                daemon:
                  cycleCheckInterval: 1s
                  snapshotInterval: 2s
                fees:
                  pollInterval: 500ms
                http:
                  port: 0
                  adminTokenFile: %s
                """.formatted(tradesPerSecond, token));
        return file;
    }

    private JarProcess start(Path config, Path state, String name) {
        return JarProcess.start("daemon.jar", dir, name, "--config", config.toString(), "--state-dir", state.toString());
    }

    /** Runs the daemon (with trades, so the journal grows) until the state directory holds this many snapshots. */
    private void runUntilSnapshots(Path state, int count) throws IOException {
        Path trading = sandboxConfig(4);
        for (int run = 0; run < count + 2 && snapshots(state).size() < count; run++) {
            try (JarProcess daemon = start(trading, state, "seed-" + run)) {
                daemon.awaitReady(READY);
                JarProcess.sleep(5_000);
                assertThat(daemon.terminate(Duration.ofSeconds(45))).as(daemon.log()).isZero();
            }
        }
        assertThat(snapshots(state)).as("snapshots written by the seeding runs").hasSizeGreaterThanOrEqualTo(count);
    }

    /** Newest first. */
    private static List<Path> snapshots(Path state) throws IOException {
        if (!Files.isDirectory(state.resolve("snapshots"))) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(state.resolve("snapshots"))) {
            return files.filter(f -> f.getFileName().toString().matches("snapshot-\\d{20}\\.json"))
                    .sorted((a, b) -> b.getFileName().compareTo(a.getFileName())).toList();
        }
    }

    private static String journalText(Path state) throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.list(state.resolve("journal"))) {
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".jsonl")).sorted().toList()) {
                text.append(Files.readString(f));
            }
        }
        return text.toString();
    }

    private JarProcess.Result journalVerify(Path config, Path state) {
        return JarProcess.run(dir, "journal-verify", "journal", "verify", "--state-dir",
                state.toString());
    }

    private static int lastIndexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i >= 0; i--) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
