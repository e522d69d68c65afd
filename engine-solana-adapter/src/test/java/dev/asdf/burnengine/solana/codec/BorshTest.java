package dev.asdf.burnengine.solana.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asdf.burnengine.core.chain.Address;
import java.math.BigInteger;
import java.util.HexFormat;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BorshTest {
    @Test
    void writerAndReaderAgreeOnEveryTypeForRandomValues() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 2_000; i++) {
            int u8 = random.nextInt(256);
            int u16 = random.nextInt(65_536);
            long u32 = random.nextLong(1L << 32);
            long u64 = random.nextLong();
            BigInteger u128 = new BigInteger(128, new java.util.Random(random.nextLong()));
            BigInteger i128 = u128.subtract(BigInteger.ONE.shiftLeft(127));
            byte[] key = new byte[32];
            random.nextBytes(key);
            String text = "é" + i;
            byte[] data = new BorshWriter().u8(u8).u16(u16).u32(u32).u64(u64).u128(u128).i128(i128)
                    .pubkey(Address.of(key)).string(text).someTag().bool(i % 2 == 0).none().toByteArray();
            BorshReader r = BorshReader.of(data, "random value (seed 42, case " + i + ")");
            assertThat(r.u8("a")).isEqualTo(u8);
            assertThat(r.u16("b")).isEqualTo(u16);
            assertThat(r.u32("c")).isEqualTo(u32);
            assertThat(r.u64("d")).isEqualTo(u64);
            assertThat(r.u128("e")).isEqualTo(u128);
            assertThat(r.i128("f")).isEqualTo(i128);
            assertThat(r.pubkey("g")).isEqualTo(Address.of(key));
            assertThat(r.string("h")).isEqualTo(text);
            assertThat(r.optionTag("i")).isTrue();
            assertThat(r.bool("j")).isEqualTo(i % 2 == 0);
            assertThat(r.optionTag("k")).isFalse();
            r.expectEnd();
        }
    }

    @Test
    void integersAreLittleEndian() {
        assertThat(HexFormat.of().formatHex(new BorshWriter().u64(1_000_000_000L).toByteArray()))
                .isEqualTo("00ca9a3b00000000");
        assertThat(HexFormat.of().formatHex(new BorshWriter().i128(BigInteger.valueOf(-2)).toByteArray()))
                .isEqualTo("feffffffffffffffffffffffffffffff");
    }

    @Test
    void aShortInputNamesTheInputTheFieldAndTheOffset() {
        assertThatThrownBy(() -> BorshReader.of(new byte[5], "pump Global account data").skip(2, "x").u64("fee"))
                .isInstanceOf(DecodingException.class)
                .hasMessage("pump Global account data is too short: field 'fee' needs 8 bytes at offset 2 but the"
                        + " input ends at 5 bytes; the data is truncated or not of this type");
    }

    @Test
    void aBoolOtherThanZeroOrOneIsMalformed() {
        assertThatThrownBy(() -> BorshReader.of(new byte[] {2}, "curve").bool("complete"))
                .isInstanceOf(DecodingException.class)
                .hasMessage("curve: field 'complete' at offset 0 is a bool but holds 2 (only 0 or 1 are valid); the"
                        + " data is not of this type");
    }

    @Test
    void aVectorLongerThanTheRemainingBytesIsRefusedBeforeAllocating() {
        byte[] data = new BorshWriter().u32(0xFFFF_FFFFL).toByteArray();
        assertThatThrownBy(() -> BorshReader.of(data, "fee config").vecLength("fee_tiers", 40))
                .isInstanceOf(DecodingException.class)
                .hasMessageContaining("claims 4294967295 elements of at least 40 bytes but only 0 bytes remain");
    }

    @Test
    void aStringOfInvalidUtf8IsMalformedNotReplaced() {
        byte[] data = new BorshWriter().u32(2).bytes(new byte[] {(byte) 0xC3, 0x28}).toByteArray();
        assertThatThrownBy(() -> BorshReader.of(data, "event").string("ix_name"))
                .isInstanceOf(DecodingException.class).hasMessageContaining("is not valid UTF-8");
    }

    @Test
    void aU8OutOfRangeIsABugOfTheCaller() {
        assertThatThrownBy(() -> new BorshWriter().u8(256)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("u8 value 256 is outside 0..255");
    }
}
