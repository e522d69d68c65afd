package dev.asdf.burnengine.core.chain;

import java.util.Arrays;

/**
 * Bitcoin-alphabet base58, the text form of every Solana key and signature.
 *
 * <p>Public because the Solana adapter encodes and decodes the same way; one implementation keeps both sides
 * byte-identical.
 */
public final class Base58 {
    private static final char[] ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz".toCharArray();
    private static final int[] INDEXES = new int[128];

    static {
        Arrays.fill(INDEXES, -1);
        for (int i = 0; i < ALPHABET.length; i++) {
            INDEXES[ALPHABET[i]] = i;
        }
    }

    /** 58^5, the largest power of 58 below 2^32: one long division yields five digits. */
    private static final long CHUNK = 656_356_768L;
    private static final int CHUNK_DIGITS = 5;

    private Base58() {}

    public static String encode(byte[] input) {
        int zeros = 0;
        while (zeros < input.length && input[zeros] == 0) {
            zeros++;
        }
        int[] limbs = toLimbs(input, zeros);
        char[] out = new char[input.length * 138 / 100 + 2];
        int pos = out.length;
        int length = limbs.length;
        int first = 0;
        while (first < length) {
            long remainder = 0;
            for (int i = first; i < length; i++) {
                long value = (remainder << 32) | (limbs[i] & 0xFFFFFFFFL);
                limbs[i] = (int) (value / CHUNK);
                remainder = value % CHUNK;
            }
            while (first < length && limbs[first] == 0) {
                first++;
            }
            for (int k = 0; k < CHUNK_DIGITS; k++) {
                out[--pos] = ALPHABET[(int) (remainder % 58)];
                remainder /= 58;
                if (first == length && remainder == 0) {
                    break;
                }
            }
        }
        while (pos < out.length && out[pos] == ALPHABET[0]) {
            pos++;
        }
        for (int i = 0; i < zeros; i++) {
            out[--pos] = ALPHABET[0];
        }
        return new String(out, pos, out.length - pos);
    }

    /**
     * Decodes base58 text.
     *
     * @throws IllegalArgumentException naming the first character outside the alphabet and its position
     */
    public static byte[] decode(String input) {
        int zeros = 0;
        while (zeros < input.length() && input.charAt(zeros) == ALPHABET[0]) {
            zeros++;
        }
        int[] limbs = new int[(input.length() * 733 / 1000 + 4) / 4 + 1];
        int used = 0;
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            int digit = c < 128 ? INDEXES[c] : -1;
            if (digit < 0) {
                throw new IllegalArgumentException("character '" + printable(c) + "' at position " + i
                        + " is not in the base58 alphabet (0, O, I and l are never used)");
            }
            long carry = digit;
            for (int j = limbs.length - 1; j >= limbs.length - used; j--) {
                long value = (limbs[j] & 0xFFFFFFFFL) * 58 + carry;
                limbs[j] = (int) value;
                carry = value >>> 32;
            }
            if (carry != 0) {
                limbs[limbs.length - 1 - used] = (int) carry;
                used++;
            }
        }
        byte[] bytes = new byte[limbs.length * 4];
        for (int i = 0; i < limbs.length; i++) {
            int v = limbs[i];
            bytes[4 * i] = (byte) (v >>> 24);
            bytes[4 * i + 1] = (byte) (v >>> 16);
            bytes[4 * i + 2] = (byte) (v >>> 8);
            bytes[4 * i + 3] = (byte) v;
        }
        int start = 0;
        while (start < bytes.length && bytes[start] == 0) {
            start++;
        }
        byte[] result = new byte[zeros + bytes.length - start];
        System.arraycopy(bytes, start, result, zeros, bytes.length - start);
        return result;
    }

    /** The bytes after the leading zeros as big-endian 32-bit limbs. */
    private static int[] toLimbs(byte[] input, int from) {
        int n = input.length - from;
        int[] limbs = new int[(n + 3) / 4];
        int offset = limbs.length * 4 - n;
        for (int i = 0; i < n; i++) {
            int bytePos = offset + i;
            limbs[bytePos / 4] |= (input[from + i] & 0xFF) << (8 * (3 - bytePos % 4));
        }
        return limbs;
    }

    private static String printable(char c) {
        return Character.isISOControl(c) || Character.isWhitespace(c)
                ? String.format("\\u%04x", (int) c)
                : String.valueOf(c);
    }
}
