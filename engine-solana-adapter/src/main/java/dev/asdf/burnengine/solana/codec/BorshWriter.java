package dev.asdf.burnengine.solana.codec;

import dev.asdf.burnengine.core.chain.Address;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes Borsh values (little-endian, u32 length prefixes, one-byte option tags) into a growing buffer.
 *
 * <p>Public because instruction builders of later adapters (and tests building account fixtures) write the same
 * encoding.
 */
public final class BorshWriter {
    private static final BigInteger TWO_128 = BigInteger.ONE.shiftLeft(128);
    private static final BigInteger I128_MIN = BigInteger.ONE.shiftLeft(127).negate();
    private static final BigInteger I128_MAX = BigInteger.ONE.shiftLeft(127).subtract(BigInteger.ONE);

    private byte[] buffer;
    private int size;

    public BorshWriter() {
        this(64);
    }

    public BorshWriter(int initialCapacity) {
        buffer = new byte[Math.max(8, initialCapacity)];
    }

    public BorshWriter u8(int v) {
        if (v < 0 || v > 0xFF) {
            throw new IllegalArgumentException("u8 value " + v + " is outside 0..255");
        }
        ensure(1);
        buffer[size++] = (byte) v;
        return this;
    }

    public BorshWriter bool(boolean v) {
        return u8(v ? 1 : 0);
    }

    public BorshWriter u16(int v) {
        if (v < 0 || v > 0xFFFF) {
            throw new IllegalArgumentException("u16 value " + v + " is outside 0..65535");
        }
        ensure(2);
        buffer[size++] = (byte) v;
        buffer[size++] = (byte) (v >>> 8);
        return this;
    }

    public BorshWriter u32(long v) {
        if (v < 0 || v > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("u32 value " + v + " is outside 0..4294967295");
        }
        return i32((int) v);
    }

    public BorshWriter i32(int v) {
        ensure(4);
        buffer[size++] = (byte) v;
        buffer[size++] = (byte) (v >>> 8);
        buffer[size++] = (byte) (v >>> 16);
        buffer[size++] = (byte) (v >>> 24);
        return this;
    }

    /** Writes a u64 from a long's bits (an unsigned value ≥ 2^63 is passed as its negative two's complement). */
    public BorshWriter u64(long v) {
        return i64(v);
    }

    public BorshWriter i64(long v) {
        ensure(8);
        for (int i = 0; i < 8; i++) {
            buffer[size++] = (byte) (v >>> (8 * i));
        }
        return this;
    }

    public BorshWriter u128(BigInteger v) {
        if (v.signum() < 0 || v.compareTo(TWO_128) >= 0) {
            throw new IllegalArgumentException("u128 value " + v + " is outside 0..2^128-1");
        }
        return raw128(v);
    }

    public BorshWriter i128(BigInteger v) {
        if (v.compareTo(I128_MIN) < 0 || v.compareTo(I128_MAX) > 0) {
            throw new IllegalArgumentException("i128 value " + v + " is outside -2^127..2^127-1");
        }
        return raw128(v);
    }

    public BorshWriter pubkey(Address a) {
        ensure(Address.LENGTH);
        a.copyTo(buffer, size);
        size += Address.LENGTH;
        return this;
    }

    public BorshWriter bytes(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, buffer, size, b.length);
        size += b.length;
        return this;
    }

    public BorshWriter string(String s) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        u32(utf8.length);
        return bytes(utf8);
    }

    public BorshWriter none() {
        return u8(0);
    }

    public BorshWriter someTag() {
        return u8(1);
    }

    public int size() {
        return size;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(buffer, size);
    }

    private BorshWriter raw128(BigInteger v) {
        byte[] be = v.toByteArray();
        ensure(16);
        byte fill = (byte) (v.signum() < 0 ? 0xFF : 0);
        for (int i = 0; i < 16; i++) {
            int src = be.length - 1 - i;
            buffer[size + i] = src >= 0 ? be[src] : fill;
        }
        size += 16;
        return this;
    }

    private void ensure(int n) {
        if (size + n > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + n));
        }
    }
}
