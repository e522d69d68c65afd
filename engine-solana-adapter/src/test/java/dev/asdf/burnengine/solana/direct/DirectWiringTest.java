package dev.asdf.burnengine.solana.direct;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asdf.burnengine.core.config.ConfigTree;
import dev.asdf.burnengine.solana.ChainConnection;
import dev.asdf.burnengine.solana.ChainConnections;
import dev.asdf.burnengine.solana.SolanaSettings;
import dev.asdf.burnengine.solana.crypto.Ed25519Keypair;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code strategy: direct} on a real cluster opens direct mode's connection, not the ASDF program's. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DirectWiringTest {
    @TempDir
    Path dir;

    @Test
    void strategyDirectOpensTheDirectChainStateOverRpc() throws Exception {
        try (ChainConnection chain = open(Map.of("rootMint", "9zB5wRarXMj86MymwLumSKA1Dx35zPqqKfcZtK1Spump"))) {
            assertThat(chain.chainState()).isInstanceOf(DirectChainState.class);
            assertThat(chain.describe()).contains("127.0.0.1").doesNotContain("Jito");
            assertThat(chain.health()).noneMatch(h -> h.name().startsWith("jito:"));
        }
    }

    @Test
    @DisplayName("direct.jito: true sends through the configured block engine, which the health report lists")
    void directJitoWiresTheBlockEngine() throws Exception {
        try (ChainConnection chain = open(Map.of("rootMint", "9zB5wRarXMj86MymwLumSKA1Dx35zPqqKfcZtK1Spump",
                "jito", true, "jitoUrl", "http://127.0.0.1:1/api/v1/bundles?uuid=secret-key"))) {
            assertThat(chain.describe()).contains("Jito bundles to http://127.0.0.1:1/…")
                    .doesNotContain("secret-key");
            assertThat(chain.health()).anySatisfy(h -> assertThat(h.name()).startsWith("jito:")
                    .contains("127.0.0.1:1").doesNotContain("secret-key"));
        }
    }

    private ChainConnection open(Map<String, Object> direct) throws Exception {
        byte[] seed = new byte[32];
        new SecureRandom().nextBytes(seed);
        byte[] secret = new byte[64];
        System.arraycopy(seed, 0, secret, 0, 32);
        System.arraycopy(Ed25519Keypair.fromSeed(seed).address().toBytes(), 0, secret, 32, 32);
        Path file = dir.resolve("creator.json");
        Files.writeString(file, IntStream.range(0, 64).mapToObj(i -> Integer.toString(secret[i] & 0xff))
                .collect(Collectors.joining(",", "[", "]")));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        ConfigTree tree = ConfigTree.of(Map.of("cluster", "localnet", "strategy", "direct",
                "keypair", Map.of("file", file.toString()), "rpc", Map.of("endpoints", List.of("http://127.0.0.1:1")),
                "direct", direct), "test", Map.of(), Map.of());
        SolanaSettings settings = SolanaSettings.from(tree);
        tree.finish();
        return ChainConnections.open(settings, dir, Clock.systemUTC(), new SimpleMeterRegistry());
    }
}
