package dev.asdf.burnengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asdf.burnengine.solana.crypto.Ed25519Keypair;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("engine-cli config check|keys and keypair check")
class ConfigAndKeypairCommandTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName("config check accepts the defaults and says what they mean")
    void defaultsAreValid() {
        CliRun run = CliRun.of("config", "check");

        assertThat(run.exit).as(run.toString()).isZero();
        assertThat(run.out).contains("configuration valid").contains("cluster sandbox").contains("127.0.0.1:3030");
    }

    @Test
    @DisplayName("config check reports every problem at once, each with its key, value and fix")
    void everyProblemAtOnce() throws IOException {
        Path config = dir.resolve("bad.yaml");
        Files.writeString(config, "cluster: mainnet\nhttp:\n  port: 99999\nschedule:\n  threshold: lots\n");

        CliRun run = CliRun.of("config", "check", "--config", config.toString());

        assertThat(run.exit).isEqualTo(4);
        assertThat(run.err).contains("keypair.file").contains("http.port").contains("'99999'")
                .contains("schedule.threshold").contains("'lots'").contains("0.1 SOL");
    }

    @Test
    @DisplayName("an RPC URL without a scheme is refused, naming the key and the schemes it takes")
    void rpcUrlWithoutScheme() throws IOException {
        Path config = dir.resolve("rpc.yaml");
        Files.writeString(config, "cluster: devnet\nkeypair:\n  file: payer.json\nrpc:\n  endpoints: [\"api.devnet.solana.com\"]\n");

        CliRun run = CliRun.of("config", "check", "--config", config.toString());

        assertThat(run.exit).isEqualTo(4);
        assertThat(run.err).contains("rpc.endpoints").contains("api.devnet.solana.com").contains("https");
    }

    @Test
    @DisplayName("mainnet without rpc.endpoints is refused instead of talking to a local validator")
    void mainnetNeedsEndpoints() throws IOException {
        Path config = dir.resolve("mainnet.yaml");
        Files.writeString(config, "cluster: mainnet\nkeypair:\n  file: payer.json\n");

        CliRun run = CliRun.of("config", "check", "--config", config.toString());

        assertThat(run.exit).isEqualTo(4);
        assertThat(run.err).contains("'rpc.endpoints' is required on cluster mainnet");
    }

    @Test
    @DisplayName("config keys lists every key with its default")
    void keysWithDefaults() {
        CliRun run = CliRun.of("config", "keys");

        assertThat(run.exit).isZero();
        assertThat(run.out).contains("http.port = 3030").contains("cluster = sandbox").contains("sandbox.seed = 42")
                .contains("stateDir = burn-engine-state");
    }

    @Test
    @DisplayName("keypair check prints the public key of an owner-only file and never a secret byte")
    void keypairCheckPrintsOnlyThePublicKey() throws IOException {
        byte[] seed = new byte[32];
        new SecureRandom().nextBytes(seed);
        Ed25519Keypair key = Ed25519Keypair.fromSeed(seed);
        byte[] secret = secretKey(seed, key);
        Path file = writeKey(secret, "rw-------");

        CliRun run = CliRun.of("keypair", "check", file.toString());

        assertThat(run.exit).as(run.toString()).isZero();
        assertThat(run.out).contains(key.address().toString()).contains("readable by its owner only");
        assertThat(run.out + run.err).doesNotContain(jsonArray(seed).substring(1, 40));
    }

    @Test
    @DisplayName("keypair check refuses a file others can read, naming the chmod fix")
    void keypairReadableByOthers() throws IOException {
        byte[] seed = new byte[32];
        new SecureRandom().nextBytes(seed);
        Path file = writeKey(secretKey(seed, Ed25519Keypair.fromSeed(seed)), "rw-r--r--");

        CliRun run = CliRun.of("keypair", "check", file.toString());

        assertThat(run.exit).isEqualTo(4);
        assertThat(run.err).contains(file.toString()).contains("chmod 600");
    }

    @Test
    @DisplayName("keypair check of a malformed file exits 4 naming the file")
    void keypairMalformed() throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "[1,2,3]");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));

        CliRun run = CliRun.of("keypair", "check", file.toString());

        assertThat(run.exit).isEqualTo(4);
        assertThat(run.err).contains(file.toString());
    }

    @Test
    @DisplayName("keypair check without a file on the sandbox says there is nothing to check")
    void keypairNone() {
        CliRun run = CliRun.of("keypair", "check");

        assertThat(run.exit).isEqualTo(4);
        assertThat(run.err).contains("no keypair file to check");
    }

    @Test
    @DisplayName("a wrong option exits 4 and points at --help")
    void badUsage() {
        CliRun run = CliRun.of("cycle", "--dryrun");

        assertThat(run.exit).isEqualTo(4);
        assertThat(run.err).contains("--dryrun").contains("engine-cli cycle --help");
    }

    /** A Solana CLI keypair file: the 32-byte seed, then the 32-byte public key. */
    private static byte[] secretKey(byte[] seed, Ed25519Keypair key) {
        byte[] secret = Arrays.copyOf(seed, 64);
        System.arraycopy(key.address().toBytes(), 0, secret, 32, 32);
        return secret;
    }

    private Path writeKey(byte[] secret, String mode) throws IOException {
        Path file = dir.resolve("payer.json");
        Files.writeString(file, jsonArray(secret));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
        return file;
    }

    private static String jsonArray(byte[] bytes) {
        return IntStream.range(0, bytes.length).mapToObj(i -> Integer.toString(bytes[i] & 0xff))
                .collect(Collectors.joining(",", "[", "]"));
    }
}
