package dev.asdf.burnengine.solana.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.SplittableRandom;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeypairFileTest {
    @TempDir
    Path dir;

    private final Ed25519Keypair keypair = Ed25519Keypair.fromSeed(seed(7));

    @Test
    void readsAFileOfTheSolanaCli() throws IOException {
        Path file = write("id.json", json(secretKey(seed(7), keypair)), "rw-------");
        assertThat(KeypairFile.read(file).address()).isEqualTo(keypair.address());
    }

    @Test
    void refusesAFileThatOthersMayRead() throws IOException {
        Path file = write("id.json", json(secretKey(seed(7), keypair)), "rw-r--r--");
        assertThatThrownBy(() -> KeypairFile.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("keypair file " + file + " has mode 0644, so group or others may access the secret key;"
                        + " run 'chmod 600 " + file + "' (or pass allowInsecurePermissions for a throw-away key)");
    }

    @Test
    void readsAGroupReadableFileWhenInsecurePermissionsAreExplicitlyAllowed() throws IOException {
        Path file = write("id.json", json(secretKey(seed(7), keypair)), "rw-r-----");
        assertThat(KeypairFile.read(file, true).address()).isEqualTo(keypair.address());
    }

    @Test
    void refusesAFileOfTheWrongLength() throws IOException {
        Path file = write("short.json", "[1,2,3]", "rw-------");
        assertThatThrownBy(() -> KeypairFile.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("keypair file " + file + " holds 3 numbers; a Solana keypair file holds exactly 64"
                        + " (32-byte seed + 32-byte public key)");
    }

    @Test
    void refusesNumbersThatAreNotBytesWithoutEchoingThem() throws IOException {
        int[] values = secretKey(seed(7), keypair);
        values[5] = 300;
        Path file = write("bad.json", json(values), "rw-------");
        assertThatThrownBy(() -> KeypairFile.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("keypair file " + file + ": element 5 is not an integer 0..255; the file is corrupted or"
                        + " not a Solana keypair file")
                .hasMessageNotContaining("300");
    }

    @Test
    void refusesAPublicHalfThatDoesNotMatchTheSecret() throws IOException {
        int[] values = secretKey(seed(7), Ed25519Keypair.fromSeed(seed(8)));
        Path file = write("mixed.json", json(values), "rw-------");
        assertThatThrownBy(() -> KeypairFile.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("keypair file " + file + " is inconsistent")
                .hasMessageContaining("does not belong to its private half");
    }

    @Test
    void refusesTextThatIsNotJson() throws IOException {
        Path file = write("text.json", "not json", "rw-------");
        assertThatThrownBy(() -> KeypairFile.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("keypair file " + file + " is not valid JSON");
    }

    @Test
    void refusesAMissingFileNamingIt() {
        Path missing = dir.resolve("none.json");
        assertThatThrownBy(() -> KeypairFile.read(missing))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("keypair file " + missing + " does not exist");
    }

    private Path write(String name, String text, String mode) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
        return file;
    }

    private static byte[] seed(long seed) {
        byte[] out = new byte[32];
        new SplittableRandom(seed).nextBytes(out);
        return out;
    }

    private static int[] secretKey(byte[] seed, Ed25519Keypair publicHalf) {
        int[] values = new int[64];
        byte[] pub = publicHalf.address().toBytes();
        for (int i = 0; i < 32; i++) {
            values[i] = seed[i] & 0xFF;
            values[32 + i] = pub[i] & 0xFF;
        }
        return values;
    }

    private static String json(int[] values) {
        StringJoiner j = new StringJoiner(",", "[", "]");
        for (int v : values) {
            j.add(Integer.toString(v));
        }
        return j.toString();
    }
}
