package dev.asdf.burnengine.core.chain;

import java.util.Arrays;

/**
 * A 32-byte Solana account address (public key or program-derived address).
 *
 * <p>Immutable; equality is by bytes; {@link #toString()} is the base58 form every explorer shows.
 */
public final class Address implements Comparable<Address> {
    public static final int LENGTH = 32;

    private final byte[] bytes;
    private final int hash;
    private String text;

    private Address(byte[] bytes) {
        this.bytes = bytes;
        this.hash = Arrays.hashCode(bytes);
    }

    /** Wraps 32 raw bytes (copied). */
    public static Address of(byte[] bytes) {
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException(
                    "an address is " + LENGTH + " bytes, got " + bytes.length + " bytes");
        }
        return new Address(bytes.clone());
    }

    /**
     * Parses the base58 text of an address.
     *
     * @throws IllegalArgumentException naming the input and what is wrong with it
     */
    public static Address parse(String base58) {
        if (base58 == null || base58.isBlank()) {
            throw new IllegalArgumentException("address is empty; expected a base58 Solana address of 32 bytes");
        }
        String trimmed = base58.strip();
        byte[] decoded;
        try {
            decoded = Base58.decode(trimmed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + abbreviate(trimmed) + "' is not a Solana address: " + e.getMessage(), e);
        }
        if (decoded.length != LENGTH) {
            throw new IllegalArgumentException("'" + abbreviate(trimmed) + "' is not a Solana address: it decodes to "
                    + decoded.length + " bytes, an address is " + LENGTH + " bytes (check for a truncated or extra character)");
        }
        Address address = new Address(decoded);
        address.text = trimmed;
        return address;
    }

    public byte[] toBytes() {
        return bytes.clone();
    }

    /** Copies the bytes into {@code target} at {@code offset} without allocating. */
    public void copyTo(byte[] target, int offset) {
        System.arraycopy(bytes, 0, target, offset, LENGTH);
    }

    public byte byteAt(int index) {
        return bytes[index];
    }

    public boolean isZero() {
        for (byte b : bytes) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Address other && hash == other.hash && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    /** Unsigned byte order, the order Solana programs and the runtime use. */
    @Override
    public int compareTo(Address o) {
        return Arrays.compareUnsigned(bytes, o.bytes);
    }

    @Override
    public String toString() {
        String t = text;
        if (t == null) {
            t = Base58.encode(bytes);
            text = t;
        }
        return t;
    }

    static String abbreviate(String s) {
        return s.length() <= 100 ? s : s.substring(0, 97) + "...";
    }
}
