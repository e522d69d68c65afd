package dev.asdf.burnengine.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asdf.burnengine.core.chain.Base58;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build fails when a file that holds a Solana secret key is committed. */
@DisplayName("no Solana keypair is committed")
class NoKeypairInRepositoryTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    @DisplayName("no tracked file of the repository holds a Solana secret key")
    void repositoryHoldsNoSecretKey() throws Exception {
        List<Path> files = KeypairLeakScan.trackedFiles(ROOT);

        assertThat(files).as("the scan sees the repository (run from a module directory)")
                .contains(ROOT.resolve("README.md")).hasSizeGreaterThan(100);
        assertThat(KeypairLeakScan.scan(files)).as("files holding a secret key: remove them and rotate the key").isEmpty();
    }

    @Test
    @DisplayName("a Solana CLI keypair file is found")
    void findsAKeypairFile() throws Exception {
        Path file = dir.resolve("id.json");
        Files.writeString(file, TestKeys.json(TestKeys.randomSecretKey(), ",") + "\n");

        assertThat(KeypairLeakScan.scan(List.of(file))).singleElement()
                .satisfies(f -> assertThat(f.form()).contains("keypair file"));
    }

    @Test
    @DisplayName("a secret key pasted into a source file as base58 is found")
    void findsABase58SecretKeyInText() throws Exception {
        Path file = dir.resolve("Config.java");
        Files.writeString(file, "class Config { String key = \"" + Base58.encode(TestKeys.randomSecretKey()) + "\"; }\n");

        assertThat(KeypairLeakScan.scan(List.of(file))).singleElement()
                .satisfies(f -> assertThat(f.form()).contains("base58"));
    }

    @Test
    @DisplayName("a secret key inside a JSON document is found")
    void findsAByteArraySecretKeyInJson() throws Exception {
        Path file = dir.resolve("wallets.json");
        Files.writeString(file, "{\"payer\": " + TestKeys.json(TestKeys.randomSecretKey(), ",") + "}");

        assertThat(KeypairLeakScan.scan(List.of(file))).singleElement()
                .satisfies(f -> assertThat(f.form()).contains("JSON byte array"));
    }

    @Test
    @DisplayName("64-byte signatures and byte arrays that are not keys are not reported")
    void signaturesAreNotSecretKeys() throws Exception {
        byte[] random = new byte[64];
        new SecureRandom().nextBytes(random);
        Path file = dir.resolve("vectors.json");
        Files.writeString(file, "{\"signature\": \"" + Base58.encode(random) + "\", \"data\": " + TestKeys.json(random, ",") + "}");

        assertThat(KeypairLeakScan.scan(List.of(file))).isEmpty();
    }
}
