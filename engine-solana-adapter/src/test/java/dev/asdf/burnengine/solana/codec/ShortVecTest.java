package dev.asdf.burnengine.solana.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class ShortVecTest {
    @Test
    void encodesTheCompactU16OfTheSolanaRuntime() {
        assertThat(HexFormat.of().formatHex(ShortVec.encode(0))).isEqualTo("00");
        assertThat(HexFormat.of().formatHex(ShortVec.encode(0x7f))).isEqualTo("7f");
        assertThat(HexFormat.of().formatHex(ShortVec.encode(0x80))).isEqualTo("8001");
        assertThat(HexFormat.of().formatHex(ShortVec.encode(0x3fff))).isEqualTo("ff7f");
        assertThat(HexFormat.of().formatHex(ShortVec.encode(0x4000))).isEqualTo("808001");
        assertThat(HexFormat.of().formatHex(ShortVec.encode(0xffff))).isEqualTo("ffff03");
    }

    @Test
    void everyValueRoundTrips() {
        for (int v = 0; v <= ShortVec.MAX_VALUE; v++) {
            byte[] encoded = ShortVec.encode(v);
            assertThat(ShortVec.read(BorshReader.of(encoded, "length"), "n")).as("value %d", v).isEqualTo(v);
            assertThat(encoded).hasSize(ShortVec.encodedLength(v));
        }
    }

    @Test
    void aNonCanonicalEncodingIsRefused() {
        assertThatThrownBy(() -> ShortVec.read(BorshReader.of(new byte[] {(byte) 0x80, 0}, "message"), "key count"))
                .isInstanceOf(DecodingException.class)
                .hasMessage("message: length 'key count' at offset 0 is not canonically encoded (a zero continuation"
                        + " byte)");
    }

    @Test
    void aValueAboveSixtyFiveThousandIsRefused() {
        assertThatThrownBy(() -> ShortVec.read(BorshReader.of(new byte[] {(byte) 0xff, (byte) 0xff, 0x04}, "m"), "n"))
                .isInstanceOf(DecodingException.class).hasMessageContaining("does not fit a compact-u16");
        assertThatThrownBy(() -> ShortVec.encode(65_536)).isInstanceOf(IllegalArgumentException.class);
    }
}
