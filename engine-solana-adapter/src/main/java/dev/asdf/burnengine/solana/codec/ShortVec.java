package dev.asdf.burnengine.solana.codec;

/**
 * Solana's compact-u16 length prefix ("shortvec"): unsigned LEB128 in at most three bytes, values 0..65535.
 *
 * <p>Public because the message layer and later the RPC client read and write lengths in this form.
 */
public final class ShortVec {
    public static final int MAX_VALUE = 0xFFFF;

    private ShortVec() {}

    /** The number of bytes {@code value} takes. */
    public static int encodedLength(int value) {
        checkRange(value);
        return value < 0x80 ? 1 : value < 0x4000 ? 2 : 3;
    }

    /** Writes {@code value} at {@code offset}; returns the offset after it. */
    public static int write(int value, byte[] out, int offset) {
        checkRange(value);
        int v = value;
        while (true) {
            int b = v & 0x7F;
            v >>>= 7;
            if (v == 0) {
                out[offset++] = (byte) b;
                return offset;
            }
            out[offset++] = (byte) (b | 0x80);
        }
    }

    public static byte[] encode(int value) {
        byte[] out = new byte[encodedLength(value)];
        write(value, out, 0);
        return out;
    }

    /**
     * Reads a compact-u16, rejecting the forms the Solana runtime rejects: more than three bytes, a value above
     * 65535, and non-canonical encodings (a trailing zero byte).
     */
    public static int read(BorshReader reader, String field) {
        int at = reader.position();
        int value = 0;
        for (int i = 0; i < 3; i++) {
            int b = reader.u8(field);
            if (i > 0 && b == 0) {
                throw new DecodingException(reader.what() + ": length '" + field + "' at offset " + at
                        + " is not canonically encoded (a zero continuation byte)");
            }
            value |= (b & 0x7F) << (7 * i);
            if ((b & 0x80) == 0) {
                if (value > MAX_VALUE) {
                    break;
                }
                return value;
            }
        }
        throw new DecodingException(reader.what() + ": length '" + field + "' at offset " + at
                + " does not fit a compact-u16 (more than 3 bytes or above 65535)");
    }

    private static void checkRange(int value) {
        if (value < 0 || value > MAX_VALUE) {
            throw new IllegalArgumentException("a shortvec length must be 0..65535, got " + value);
        }
    }
}
