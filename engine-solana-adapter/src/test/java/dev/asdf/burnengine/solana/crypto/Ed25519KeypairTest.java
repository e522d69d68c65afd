package dev.asdf.burnengine.solana.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asdf.burnengine.solana.Vectors;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class Ed25519KeypairTest {
    @Test
    void seedsGiveTheOraclesPublicKeysAndSignatures() {
        JsonNode cases = Vectors.load("keys.json").path("cases");
        assertThat(cases.size()).isEqualTo(50);
        for (JsonNode c : cases) {
            Ed25519Keypair keypair = Ed25519Keypair.fromSeed(Vectors.hex(c.path("seed")));
            byte[] message = Vectors.hex(c.path("message"));
            assertThat(keypair.address().toString()).as("public key of seed %s", c.path("seed").asText())
                    .isEqualTo(c.path("publicKey").asText());
            assertThat(HexFormat.of().formatHex(keypair.sign(message))).as("signature by %s", keypair.address())
                    .isEqualTo(c.path("signature").asText());
            assertThat(Ed25519Keypair.verify(keypair.address(), message, Vectors.hex(c.path("signature")))).isTrue();
        }
    }

    @Test
    void goldenSeedOfTestingPeersGivesItsOwner() {
        byte[] seed = new byte[32];
        for (int i = 0; i < 32; i++) {
            seed[i] = (byte) (i + 1);
        }
        assertThat(Ed25519Keypair.fromSeed(seed).address().toString())
                .isEqualTo("9C6hybhQ6Aycep9jaUnP6uL9ZYvDjUp1aSkFWPUFJtpj");
    }

    @Test
    void verificationRejectsATamperedMessage() {
        Ed25519Keypair keypair = Ed25519Keypair.fromSeed(new byte[32]);
        byte[] message = {1, 2, 3};
        byte[] signature = keypair.sign(message);
        message[0] = 9;
        assertThat(Ed25519Keypair.verify(keypair.address(), message, signature)).isFalse();
    }

    @Test
    void toStringShowsThePublicKeyOnly() {
        byte[] seed = new byte[32];
        Arrays.fill(seed, (byte) 0x5A);
        Ed25519Keypair keypair = Ed25519Keypair.fromSeed(seed);
        assertThat(keypair.toString()).isEqualTo("Ed25519Keypair[" + keypair.address() + "]")
                .doesNotContain(HexFormat.of().formatHex(seed)).doesNotContain("90, 90");
    }

    @Test
    void secretKeyWhosePublicHalfBelongsToAnotherSeedIsRefused() {
        byte[] secret = new byte[64];
        System.arraycopy(Ed25519Keypair.fromSeed(new byte[32]).address().toBytes(), 0, secret, 32, 32);
        secret[0] = 1;
        assertThatThrownBy(() -> Ed25519Keypair.fromSecretKey(secret))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not belong to its private half");
    }

    @Test
    void seedOfWrongLengthIsRefused() {
        assertThatThrownBy(() -> Ed25519Keypair.fromSeed(new byte[31]))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("an Ed25519 seed is 32 bytes, got 31");
    }
}
