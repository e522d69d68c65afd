package dev.asdf.burnengine.core.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class Base58Test {

    @Test
    void encodesThirtyTwoZeroBytesAsTheSystemProgramId() {
        assertThat(Base58.encode(new byte[32])).isEqualTo("11111111111111111111111111111111");
    }

    @Test
    void decodesAKnownAddressBackToItsBytes() {
        // the pump.fun program id; its first byte is 0x01 (from the official IDL's address)
        byte[] bytes = Base58.decode("6EF8rrecthR5Dkzon8Nwu78hRvfCKubJ14M5uBEwF6P");
        assertThat(bytes).hasSize(32);
        assertThat(Base58.encode(bytes)).isEqualTo("6EF8rrecthR5Dkzon8Nwu78hRvfCKubJ14M5uBEwF6P");
    }

    @Test
    void keepsLeadingZeroBytesAsLeadingOnes() {
        byte[] input = {0, 0, 0, 1, 2, 3};
        String encoded = Base58.encode(input);
        assertThat(encoded).startsWith("111");
        assertThat(Base58.decode(encoded)).isEqualTo(input);
    }

    @Test
    void roundTripsRandomBytesOfEveryLength() {
        SplittableRandom random = new SplittableRandom(58);
        for (int i = 0; i < 2_000; i++) {
            byte[] input = new byte[random.nextInt(0, 80)];
            for (int j = 0; j < input.length; j++) {
                input[j] = (byte) (random.nextInt(4) == 0 ? 0 : random.nextInt(256));
            }
            assertThat(Base58.decode(Base58.encode(input))).as("case %d", i).isEqualTo(input);
        }
    }

    @Test
    void agreesWithAStraightforwardBigIntegerEncoding() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 2_000; i++) {
            byte[] input = new byte[random.nextInt(0, 70)];
            for (int j = 0; j < input.length; j++) {
                input[j] = (byte) (j < 2 && random.nextBoolean() ? 0 : random.nextInt(256));
            }
            assertThat(Base58.encode(input)).as("case %d", i).isEqualTo(reference(input));
        }
    }

    private static String reference(byte[] input) {
        String alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
        StringBuilder out = new StringBuilder();
        BigInteger n = new BigInteger(1, input);
        BigInteger base = BigInteger.valueOf(58);
        while (n.signum() > 0) {
            BigInteger[] qr = n.divideAndRemainder(base);
            out.append(alphabet.charAt(qr[1].intValue()));
            n = qr[0];
        }
        for (int i = 0; i < input.length && input[i] == 0; i++) {
            out.append('1');
        }
        return out.reverse().toString();
    }

    @Test
    void namesTheFirstCharacterOutsideTheAlphabetAndItsPosition() {
        assertThatThrownBy(() -> Base58.decode("abc0def"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'0' at position 3");
    }

    @Test
    void describesInvisibleCharactersInsteadOfPrintingThem() {
        assertThatThrownBy(() -> Base58.decode("ab\tc"))
                .hasMessageContaining("'\\u0009' at position 2");
    }
}
