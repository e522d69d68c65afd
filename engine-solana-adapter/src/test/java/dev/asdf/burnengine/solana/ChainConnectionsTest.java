package dev.asdf.burnengine.solana;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asdf.burnengine.core.config.ConfigException;
import dev.asdf.burnengine.core.config.ConfigTree;
import dev.asdf.burnengine.solana.sandbox.SandboxCluster;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("ChainConnections checks the signing key before it connects to a real cluster")
class ChainConnectionsTest {
    @TempDir
    Path dir;

    private SolanaSettings settings(String cluster, Path keypair) {
        ConfigTree tree = ConfigTree.of(Map.of("cluster", cluster, "keypair", Map.of("file", keypair.toString()),
                "rpc", Map.of("endpoints", List.of("http://127.0.0.1:1"))), "test", Map.of(), Map.of());
        SolanaSettings settings = SolanaSettings.from(tree);
        tree.finish();
        return settings;
    }

    /** The sandbox's key as a Solana CLI file: anyone can write it, the seed is public. */
    private Path sandboxKeyFile() throws IOException, NoSuchAlgorithmException {
        byte[] seed = MessageDigest.getInstance("SHA-256").digest("sandbox-admin:42".getBytes(StandardCharsets.UTF_8));
        byte[] secret = new byte[64];
        System.arraycopy(seed, 0, secret, 0, 32);
        System.arraycopy(SandboxCluster.adminAddress(42).toBytes(), 0, secret, 32, 32);
        Path file = dir.resolve("payer.json");
        Files.writeString(file, IntStream.range(0, 64).mapToObj(i -> Integer.toString(secret[i] & 0xff))
                .collect(Collectors.joining(",", "[", "]")));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    @Test
    @DisplayName("the sandbox's key is refused on mainnet, naming the key and how to make a real one")
    void sandboxKeyRefusedOnMainnet() throws Exception {
        SolanaSettings mainnet = settings("mainnet", sandboxKeyFile());

        assertThatThrownBy(() -> ChainConnections.open(mainnet, dir, Clock.systemUTC(), new SimpleMeterRegistry()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("keypair.file").hasMessageContaining("sandbox").hasMessageContaining("solana-keygen");
    }

    @Test
    @DisplayName("a missing keypair file is a configuration error naming the key")
    void missingKeypair() {
        SolanaSettings devnet = settings("devnet", dir.resolve("absent.json"));

        assertThatThrownBy(() -> ChainConnections.open(devnet, dir, Clock.systemUTC(), new SimpleMeterRegistry()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("keypair.file")
                .hasMessageContaining("absent.json");
    }

    @Test
    @DisplayName("the same key is accepted on localnet, where test keys belong")
    void sandboxKeyAcceptedOnLocalnet() throws Exception {
        try (ChainConnection chain = ChainConnections.open(settings("localnet", sandboxKeyFile()), dir,
                Clock.systemUTC(), new SimpleMeterRegistry())) {
            assertThat(chain.describe()).isNotBlank();
        }
    }
}
