package dev.asdf.burnengine.solana.codec;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The 8-byte prefix Anchor puts before instruction data ({@code sha256("global:<name>")}), account data
 * ({@code sha256("account:<Name>")}) and event payloads ({@code sha256("event:<Name>")}).
 *
 * <p>Public because every Anchor-program decoder of this module and of later adapters recognizes data by it.
 */
public final class Discriminator {
    public static final int LENGTH = 8;

    private final byte[] bytes;
    private final long value;

    private Discriminator(byte[] bytes) {
        this.bytes = bytes;
        this.value = BorshReader.littleEndianLong(bytes, 0);
    }

    public static Discriminator of(byte[] bytes) {
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("a discriminator is 8 bytes, got " + bytes.length);
        }
        return new Discriminator(bytes.clone());
    }

    public static Discriminator ofHex(String hex) {
        return of(HexFormat.of().parseHex(hex));
    }

    /** {@code sha256("global:" + snake_case_name)[0..8]}. */
    public static Discriminator instruction(String name) {
        return hashed("global:" + name);
    }

    /** {@code sha256("account:" + StructName)[0..8]}. */
    public static Discriminator account(String name) {
        return hashed("account:" + name);
    }

    /** {@code sha256("event:" + EventName)[0..8]}. */
    public static Discriminator event(String name) {
        return hashed("event:" + name);
    }

    /** Whether {@code data} holds this discriminator at {@code offset} (false when too short). */
    public boolean matches(byte[] data, int offset) {
        return offset >= 0 && data.length - offset >= LENGTH && BorshReader.littleEndianLong(data, offset) == value;
    }

    /**
     * Checks that {@code data} starts with this discriminator.
     *
     * @throws DecodingException naming {@code what}, the expected and the actual prefix
     */
    public void require(byte[] data, int offset, String what) {
        if (data.length - offset < LENGTH) {
            throw new DecodingException(what + " is too short: " + (data.length - offset)
                    + " bytes, it must start with the 8-byte discriminator " + this);
        }
        if (!matches(data, offset)) {
            throw new DecodingException(what + " has discriminator "
                    + HexFormat.of().formatHex(data, offset, offset + LENGTH) + " but expected " + this
                    + "; the data is of another type or program");
        }
    }

    public byte[] toBytes() {
        return bytes.clone();
    }

    public void copyTo(byte[] target, int offset) {
        System.arraycopy(bytes, 0, target, offset, LENGTH);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Discriminator other && other.value == value;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(value);
    }

    @Override
    public String toString() {
        return HexFormat.of().formatHex(bytes);
    }

    static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static Discriminator hashed(String preimage) {
        return new Discriminator(Arrays.copyOf(sha256(preimage.getBytes(StandardCharsets.UTF_8)), LENGTH));
    }
}
