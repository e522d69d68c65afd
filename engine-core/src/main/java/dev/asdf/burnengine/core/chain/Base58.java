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

    private Base58() {}

    public static String encode(byte[] input) {
        if (input.length == 0) {
            return "";
        }
        int zeros = 0;
        while (zeros < input.length && input[zeros] == 0) {
            zeros++;
        }
        byte[] digits = Arrays.copyOf(input, input.length);
        char[] encoded = new char[input.length * 2];
        int out = encoded.length;
        int start = zeros;
        while (start < digits.length) {
            encoded[--out] = ALPHABET[divmod(digits, start, 256, 58)];
            if (digits[start] == 0) {
                start++;
            }
        }
        while (out < encoded.length && encoded[out] == ALPHABET[0]) {
            out++;
        }
        while (--zeros >= 0) {
            encoded[--out] = ALPHABET[0];
        }
        return new String(encoded, out, encoded.length - out);
    }

    /**
     * Decodes base58 text.
     *
     * @throws IllegalArgumentException naming the first character outside the alphabet and its position
     */
    public static byte[] decode(String input) {
        if (input.isEmpty()) {
            return new byte[0];
        }
        byte[] input58 = new byte[input.length()];
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            int digit = c < 128 ? INDEXES[c] : -1;
            if (digit < 0) {
                throw new IllegalArgumentException("character '" + printable(c) + "' at position " + i
                        + " is not in the base58 alphabet (0, O, I and l are never used)");
            }
            input58[i] = (byte) digit;
        }
        int zeros = 0;
        while (zeros < input58.length && input58[zeros] == 0) {
            zeros++;
        }
        byte[] decoded = new byte[input.length()];
        int out = decoded.length;
        int start = zeros;
        while (start < input58.length) {
            decoded[--out] = divmod(input58, start, 58, 256);
            if (input58[start] == 0) {
                start++;
            }
        }
        while (out < decoded.length && decoded[out] == 0) {
            out++;
        }
        return Arrays.copyOfRange(decoded, out - zeros, decoded.length);
    }

    private static byte divmod(byte[] number, int firstDigit, int base, int divisor) {
        int remainder = 0;
        for (int i = firstDigit; i < number.length; i++) {
            int digit = number[i] & 0xFF;
            int temp = remainder * base + digit;
            number[i] = (byte) (temp / divisor);
            remainder = temp % divisor;
        }
        return (byte) remainder;
    }

    private static String printable(char c) {
        return Character.isISOControl(c) || Character.isWhitespace(c)
                ? String.format("\\u%04x", (int) c)
                : String.valueOf(c);
    }
}
