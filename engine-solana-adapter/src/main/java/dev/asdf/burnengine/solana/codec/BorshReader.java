package dev.asdf.burnengine.solana.codec;

import dev.asdf.burnengine.core.chain.Address;
import java.math.BigInteger;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Reads Borsh (little-endian, length-prefixed) values from a byte array, checking every bound.
 *
 * <p>Public because every program decoder of this module and later adapters (the RPC client) read account data with
 * it. Each read names its field, so a short or malformed input fails with a {@link DecodingException} that says which
 * input, which field, at which offset, instead of an {@code ArrayIndexOutOfBoundsException}.
 */
public final class BorshReader {
    private final byte[] data;
    private final String what;
    private final int end;
    private int position;

    private BorshReader(byte[] data, int offset, int end, String what) {
        this.data = data;
        this.position = offset;
        this.end = end;
        this.what = what;
    }

    /**
     * @param what names the input in error messages, e.g. {@code "pump BondingCurve account data"}
     */
    public static BorshReader of(byte[] data, String what) {
        return new BorshReader(data, 0, data.length, what);
    }

    /** Reads {@code data[offset..end)}. */
    public static BorshReader of(byte[] data, int offset, int end, String what) {
        if (offset < 0 || end > data.length || offset > end) {
            throw new IllegalArgumentException("range [" + offset + ", " + end + ") is outside " + what + " of "
                    + data.length + " bytes");
        }
        return new BorshReader(data, offset, end, what);
    }

    public int position() {
        return position;
    }

    public int remaining() {
        return end - position;
    }

    public String what() {
        return what;
    }

    public BorshReader skip(int n, String field) {
        require(n, field);
        position += n;
        return this;
    }

    public int u8(String field) {
        require(1, field);
        return data[position++] & 0xFF;
    }

    /** A Borsh bool: exactly 0 or 1; anything else is malformed. */
    public boolean bool(String field) {
        int at = position;
        int v = u8(field);
        if (v > 1) {
            throw new DecodingException(what + ": field '" + field + "' at offset " + at
                    + " is a bool but holds " + v + " (only 0 or 1 are valid); the data is not of this type");
        }
        return v == 1;
    }

    public int u16(String field) {
        require(2, field);
        int v = (data[position] & 0xFF) | (data[position + 1] & 0xFF) << 8;
        position += 2;
        return v;
    }

    /** An unsigned 32-bit value as a non-negative long. */
    public long u32(String field) {
        return i32(field) & 0xFFFF_FFFFL;
    }

    public int i32(String field) {
        require(4, field);
        int v = (data[position] & 0xFF) | (data[position + 1] & 0xFF) << 8 | (data[position + 2] & 0xFF) << 16
                | (data[position + 3] & 0xFF) << 24;
        position += 4;
        return v;
    }

    /** An unsigned 64-bit value in a long's bits (use {@link Long#toUnsignedString(long)} to print values ≥ 2^63). */
    public long u64(String field) {
        return i64(field);
    }

    public long i64(String field) {
        require(8, field);
        long v = littleEndianLong(data, position);
        position += 8;
        return v;
    }

    public BigInteger u128(String field) {
        require(16, field);
        byte[] be = new byte[17];
        for (int i = 0; i < 16; i++) {
            be[16 - i] = data[position + i];
        }
        position += 16;
        return new BigInteger(be);
    }

    public BigInteger i128(String field) {
        require(16, field);
        byte[] be = new byte[16];
        for (int i = 0; i < 16; i++) {
            be[15 - i] = data[position + i];
        }
        position += 16;
        return new BigInteger(be);
    }

    public Address pubkey(String field) {
        require(Address.LENGTH, field);
        Address a = Address.of(Arrays.copyOfRange(data, position, position + Address.LENGTH));
        position += Address.LENGTH;
        return a;
    }

    public byte[] bytes(int n, String field) {
        if (n < 0) {
            throw new DecodingException(what + ": field '" + field + "' has a negative length " + n);
        }
        require(n, field);
        byte[] out = Arrays.copyOfRange(data, position, position + n);
        position += n;
        return out;
    }

    /** The rest of the input. */
    public byte[] rest() {
        byte[] out = Arrays.copyOfRange(data, position, end);
        position = end;
        return out;
    }

    /** A Borsh string: u32 byte length then UTF-8; invalid UTF-8 is malformed, not replaced. */
    public String string(String field) {
        int at = position;
        long length = u32(field + " length");
        if (length > remaining()) {
            throw new DecodingException(what + ": string field '" + field + "' at offset " + at + " claims " + length
                    + " bytes but only " + remaining() + " remain; the data is truncated or not of this type");
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(data, position, (int) length))
                    .toString();
            position += (int) length;
            return s;
        } catch (CharacterCodingException e) {
            throw new DecodingException(what + ": string field '" + field + "' at offset " + at
                    + " is not valid UTF-8; the data is not of this type", e);
        }
    }

    /** The tag of a Borsh {@code Option}: true for Some, false for None; any other tag is malformed. */
    public boolean optionTag(String field) {
        int at = position;
        int tag = u8(field + " option tag");
        if (tag > 1) {
            throw new DecodingException(what + ": option field '" + field + "' at offset " + at + " has tag " + tag
                    + " (only 0 = None or 1 = Some are valid); the data is not of this type");
        }
        return tag == 1;
    }

    /**
     * The u32 element count of a Borsh {@code Vec}, checked against the bytes left: a count that cannot fit is
     * malformed, which stops a random length from allocating gigabytes.
     */
    public int vecLength(String field, int minElementSize) {
        int at = position;
        long count = u32(field + " length");
        if (minElementSize > 0 && count * minElementSize > remaining()) {
            throw new DecodingException(what + ": vector field '" + field + "' at offset " + at + " claims " + count
                    + " elements of at least " + minElementSize + " bytes but only " + remaining()
                    + " bytes remain; the data is truncated or not of this type");
        }
        if (count > Integer.MAX_VALUE) {
            throw new DecodingException(what + ": vector field '" + field + "' at offset " + at + " claims " + count
                    + " elements, more than any account can hold");
        }
        return (int) count;
    }

    /** Fails unless the whole input was read (for instruction data, where trailing bytes mean a wrong layout). */
    public void expectEnd() {
        if (position != end) {
            throw new DecodingException(what + ": " + (end - position) + " unexpected trailing bytes after offset "
                    + position + "; the data has a different layout than expected");
        }
    }

    private void require(int n, String field) {
        if (end - position < n) {
            throw new DecodingException(what + " is too short: field '" + field + "' needs " + n
                    + " bytes at offset " + position + " but the input ends at " + end
                    + " bytes; the data is truncated or not of this type");
        }
    }

    static long littleEndianLong(byte[] b, int o) {
        return (b[o] & 0xFFL) | (b[o + 1] & 0xFFL) << 8 | (b[o + 2] & 0xFFL) << 16 | (b[o + 3] & 0xFFL) << 24
                | (b[o + 4] & 0xFFL) << 32 | (b[o + 5] & 0xFFL) << 40 | (b[o + 6] & 0xFFL) << 48
                | (b[o + 7] & 0xFFL) << 56;
    }
}
